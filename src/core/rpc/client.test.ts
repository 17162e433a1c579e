import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseHex } from '../bytes/hex.ts';
import { checkSignedBody, parseAuthHeader, verifyAuthSignature } from '../sign/request-auth.ts';
import vector from '../sign/vectors/request-signing.json' with { type: 'json' };
import { coreRejection } from '../testing/core-rejection.ts';
import { createRegistryClient, defaultContext, rpcEndpoint } from './client.ts';
import { seedSigner } from './seed-signer.ts';
import { remoteErrorOf } from './envelope.ts';
import { parseDeviceInfo } from './device-info.ts';

// A real HTTP server on loopback that records each request and answers with a scripted reply.
type Reply = (req: IncomingMessage, body: Buffer) => { status?: number; headers?: Record<string, string>; body: string } | 'hang' | 'reset';
let reply: Reply = () => ({ body: '{"jsonrpc":"2.0","result":null,"id":1}' });
const seen: { req: IncomingMessage; body: Buffer }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ req, body });
      const r = reply(req, body);
      if (r === 'hang') return;
      if (r === 'reset') return req.socket.destroy();
      res.writeHead(r.status ?? 200, { 'Content-Type': 'application/json', ...r.headers });
      res.end(r.body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }));

const ok = (result: unknown) => () => ({ body: JSON.stringify({ jsonrpc: '2.0', result, id: 1 }) });

describe('registry client: envelope', () => {
  it('posts to /rpc/v0 with an object params and returns the result', async () => {
    reply = ok({ name: 'R', icon: null, categories: {} });
    const client = createRegistryClient({ url: `${base}/` });
    expect(await client.api.info.get()).toEqual({ name: 'R', icon: null, categories: {} });
    const last = seen.at(-1)!;
    expect(last.req.url).toBe('/rpc/v0');
    expect(last.req.method).toBe('POST');
    expect(last.req.headers['content-type']).toBe('application/json');
    expect(last.req.headers['x-startos-auth-sig']).toBeUndefined();
    const sent = JSON.parse(last.body.toString());
    expect(sent).toMatchObject({ jsonrpc: '2.0', method: 'info', params: {} });
    expect(typeof sent.id).toBe('number');
  });

  it('keeps a base path and rejects non-HTTP URLs', () => {
    expect(rpcEndpoint('https://h.example/reg/').href).toBe('https://h.example/reg/rpc/v0');
    expect(defaultContext('http://[::1]:5959')).toBe('[::1]');
    expect(() => rpcEndpoint('ftp://x')).toThrow(/unsupported/);
  });

  it('signs the exact bytes it sends, with the URL hostname as context', async () => {
    reply = ok({});
    const client = createRegistryClient({ url: base, signer: seedSigner(parseHex(vector.seed)) });
    await client.api.admin.list();
    const last = seen.at(-1)!;
    const h = parseAuthHeader(String(last.req.headers['x-startos-auth-sig']));
    expect(h.signerPem).toBe(vector.publicKeyPem);
    expect(checkSignedBody(h, new Uint8Array(last.body))).not.toBeNull();
    expect(verifyAuthSignature(h, ['127.0.0.1'])).toBe('127.0.0.1');
    // anonymous per call
    reply = ok({ name: 'R', icon: null, categories: {} });
    await client.api.info.get({ anonymous: true });
    expect(seen.at(-1)!.req.headers['x-startos-auth-sig']).toBeUndefined();
  });

  it('awaits an asynchronous signer and signs the same bytes', async () => {
    reply = ok({});
    const sync = seedSigner(parseHex(vector.seed));
    const signer = { publicKeyPem: sync.publicKeyPem, authHeader: async (...args: Parameters<typeof sync.authHeader>) => sync.authHeader(...args) };
    await createRegistryClient({ url: base, signer }).api.admin.list();
    const last = seen.at(-1)!;
    const h = parseAuthHeader(String(last.req.headers['x-startos-auth-sig']));
    expect(checkSignedBody(h, new Uint8Array(last.body))).not.toBeNull();
    expect(verifyAuthSignature(h, ['127.0.0.1'])).toBe('127.0.0.1');
  });

  it('honours a context override and sends the device-info header', async () => {
    reply = ok({ categories: [], best: {}, otherVersions: {} });
    const client = createRegistryClient({ url: base, signer: seedSigner(parseHex(vector.seed)), context: 'registry.example.com' });
    const deviceInfo = { os: { version: '0.4.0', compat: '>=0.3.0:0 <=0.4.0:0', platform: 'x86_64', language: 'de_DE' }, hardware: { arch: 'x86_64', ram: 8589934592 } };
    await client.api.package.get({ id: 'hello' }, { deviceInfo });
    const last = seen.at(-1)!;
    expect(verifyAuthSignature(parseAuthHeader(String(last.req.headers['x-startos-auth-sig'])), ['registry.example.com'])).not.toBeNull();
    expect(parseDeviceInfo(String(last.req.headers['x-startos-device-info']))).toEqual(deviceInfo);
  });
  it("with sign: 'when-required', signs only what the registry authenticates (§3.2)", async () => {
    const client = createRegistryClient({ url: base, signer: seedSigner(parseHex(vector.seed)), sign: 'when-required' });
    const signed = async (call: () => Promise<unknown>) => {
      await call().catch(() => undefined); // answers do not matter here, only what was sent
      return seen.at(-1)!.req.headers['x-startos-auth-sig'] !== undefined;
    };
    reply = ok(null);
    expect(await signed(() => client.api.info.get())).toBe(false);
    expect(await signed(() => client.api.package.index())).toBe(false);
    expect(await signed(() => client.api.package.get({ id: 'hello' }))).toBe(false);
    expect(await signed(() => client.api.package.category.list())).toBe(false);
    expect(await signed(() => client.api.package.signer.list({ id: 'hello' }))).toBe(false);
    expect(await signed(() => client.callRaw('not.a.method', {}))).toBe(false);
    expect(await signed(() => client.api.index())).toBe(true);
    expect(await signed(() => client.api.admin.list())).toBe(true);
    expect(await signed(() => client.api.admin.signer.list())).toBe(true);
    expect(await signed(() => client.api.info.setName({ name: 'x' }))).toBe(true);
    expect(await signed(() => client.api.package.category.add({ id: 'c', name: 'C' }))).toBe(true);
    expect(await signed(() => client.api.package.remove({ id: 'hello' }))).toBe(true);
  });
});

describe('registry client: errors', () => {
  const codes = [1, 2, 6, 9, 11, 12, 13, 14, 18, 19, 28, 29, 31, 34, 38, -32700, -32601, -32602, -32603];
  it.each(codes)('maps remote code %i to RPC_REMOTE with its kind', async (code) => {
    const data = code < 0 ? 'framework detail' : { details: 'why', debug: 'dbg', info: null };
    reply = () => ({ body: JSON.stringify({ jsonrpc: '2.0', error: { code, message: 'Msg', data }, id: null }) });
    const e = await coreRejection(createRegistryClient({ url: base }).api.package.index());
    expect(e.code).toBe('RPC_REMOTE');
    const d = remoteErrorOf(e)!;
    expect(d.code).toBe(code);
    expect(d.kind).not.toBe('Unrecognized');
    expect(d.details).toBe(code < 0 ? 'framework detail' : 'why');
    expect(d.method).toBe('package.index');
  });

  it('names unknown codes "Unrecognized" and keeps an absent data', async () => {
    reply = () => ({ body: '{"jsonrpc":"2.0","error":{"code":999,"message":"Odd"},"id":1}' });
    const d = remoteErrorOf(await coreRejection(createRegistryClient({ url: base }).api.info.get()))!;
    expect(d).toMatchObject({ code: 999, kind: 'Unrecognized', details: null, message: 'Odd' });
  });

  it('HTTP errors, non-JSON bodies and envelopes without result', async () => {
    reply = () => ({ status: 404, body: '' });
    expect((await coreRejection(createRegistryClient({ url: base }).api.info.get())).code).toBe('RPC_HTTP');
    reply = () => ({ headers: { 'Content-Type': 'text/html' }, body: '<html>' });
    expect((await coreRejection(createRegistryClient({ url: base }).api.info.get())).code).toBe('RPC_BAD_RESPONSE');
    reply = () => ({ body: '{"jsonrpc":"2.0","id":1}' });
    expect((await coreRejection(createRegistryClient({ url: base }).api.info.get())).code).toBe('RPC_BAD_RESPONSE');
  });

  it('network failures, timeouts and aborts are distinct', async () => {
    reply = () => 'reset';
    const t = await coreRejection(createRegistryClient({ url: base }).api.info.get());
    expect(t.code).toBe('RPC_TRANSPORT');
    expect(t.message).toMatch(/CORS/);
    reply = () => 'hang';
    expect((await coreRejection(createRegistryClient({ url: base, timeoutMs: 100 }).api.info.get())).code).toBe('RPC_TIMEOUT');
    const ac = new AbortController();
    const p = createRegistryClient({ url: base }).api.info.get({ signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    expect((await coreRejection(p)).code).toBe('ABORTED');
    const closed = `http://127.0.0.1:1`;
    expect((await coreRejection(createRegistryClient({ url: closed }).api.info.get())).code).toBe('RPC_TRANSPORT');
  });
});

describe('registry client: clock skew', () => {
  it('estimates the offset from the Date header and can correct signing time', async () => {
    const serverTime = Date.parse('2030-01-01T00:00:00Z');
    reply = () => ({ headers: { Date: new Date(serverTime).toUTCString() }, body: '{"jsonrpc":"2.0","result":{},"id":1}' });
    const local = serverTime - 120_000;
    const client = createRegistryClient({ url: base, signer: seedSigner(parseHex(vector.seed)), now: () => local, correctClock: true });
    await client.api.admin.list();
    expect(client.clock.offsetMs).toBe(120_500);
    expect(client.clock.isSkewed()).toBe(true);
    await client.api.admin.list();
    const h = parseAuthHeader(String(seen.at(-1)!.req.headers['x-startos-auth-sig']));
    expect(h.timestamp).toBe(BigInt(Math.floor((serverTime + 500) / 1000)));
  });
});
