/**
 * Mirror checks: stubbed answers tell apart an HTTP error, a host that does not answer and a
 * host whose CORS hides the answer; then the real dev file host over loopback, stopped halfway.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFileHost } from '../../server/node/file-host.ts';
import { serve } from '../../server/node/serve.ts';
import { isCoreError } from '../errors.ts';
import { parseHeader } from '../s9pk/header.ts';
import { encodeMerkleCommitment, type MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { buildFixtureS9pk } from '../testing/fixtures.ts';
import { checkMirror, checkOsMirror } from './mirror-check.ts';

let bytes: Uint8Array;
let commitment: MerkleArchiveCommitmentWire;
const now = () => 1_000;

beforeAll(async () => {
  bytes = await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' });
  const h = parseHeader(bytes.subarray(0, 155), bytes.length);
  commitment = encodeMerkleCommitment({ hash: h.rootSighash, size: h.rootMaxSize });
});

/** A fetch answering by `mode method` (`cors HEAD`, `no-cors HEAD`, `cors GET`); unscripted calls fail like a browser's. */
function scripted(answers: Record<string, () => Response | Error | Promise<never>>): typeof fetch {
  return async (_input, init) => {
    const a = (answers[`${init?.mode ?? 'cors'} ${init?.method ?? 'GET'}`] ?? (() => new TypeError('Failed to fetch')))();
    if (a instanceof Error) throw a;
    return a;
  };
}
const head = (status: number, length?: number) => () => new Response(null, { status, headers: length === undefined ? {} : { 'content-length': String(length) } });
const opaque = () => new Response(null, { status: 200 });

describe('checkMirror', () => {
  it('HEAD 2xx: ok with the size, header not read', async () => {
    expect(await checkMirror('https://a.test/x.s9pk', commitment, { fetch: scripted({ 'cors HEAD': head(200, 42) }), now })).toEqual({ state: 'ok', headerChecked: false, size: 42, checkedAt: 1_000 });
  });

  it('an HTTP error status is dead, with the status', async () => {
    expect(await checkMirror('https://a.test/x.s9pk', commitment, { fetch: scripted({ 'cors HEAD': head(404) }), now })).toMatchObject({ state: 'dead', reason: 'http', httpStatus: 404 });
  });

  it('a CORS failure with an opaque no-cors answer is unverifiable, not dead', async () => {
    expect(await checkMirror('https://a.test/x.s9pk', commitment, { fetch: scripted({ 'no-cors HEAD': opaque }), now })).toMatchObject({ state: 'unverifiable', reason: 'cors' });
  });

  it('no answer in either mode is dead (unreachable)', async () => {
    expect(await checkMirror('https://a.test/x.s9pk', commitment, { fetch: scripted({}), now })).toMatchObject({ state: 'dead', reason: 'unreachable' });
  });

  it('a host that never answers is dead after the timeout', async () => {
    const hang = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await checkMirror('https://a.test/x.s9pk', commitment, { fetch: hang, timeoutMs: 20, now })).toMatchObject({ state: 'dead', reason: 'timeout' });
  });

  it('header mode reads the first bytes: another archive is dead (mismatch)', async () => {
    const other = { ...commitment, rootMaxsize: commitment.rootMaxsize + 1 };
    const f = scripted({ 'cors HEAD': head(200), 'cors GET': () => new Response(bytes.slice(0, 155) as Uint8Array<ArrayBuffer>, { status: 206 }) });
    expect(await checkMirror('https://a.test/x.s9pk', commitment, { fetch: f, header: true, now })).toMatchObject({ state: 'ok', headerChecked: true });
    expect(await checkMirror('https://a.test/x.s9pk', other, { fetch: f, header: true, now })).toMatchObject({ state: 'dead', reason: 'mismatch', headerChecked: true });
  });

  it('bad URLs and blocked mixed content are answered without a request', async () => {
    const f = scripted({});
    expect(await checkMirror('ftp://a.test/x', commitment, { fetch: f, now })).toMatchObject({ state: 'dead', reason: 'bad-url' });
    expect(await checkMirror('http://a.test/x', commitment, { fetch: f, pageProtocol: 'https:', now })).toMatchObject({ state: 'unverifiable', reason: 'mixed-content' });
    expect(await checkMirror('http://127.0.0.1:1/x', commitment, { fetch: f, pageProtocol: 'https:', now })).toMatchObject({ state: 'dead', reason: 'unreachable' });
  });

  it('the caller cancelling throws ABORTED', async () => {
    const ac = new AbortController();
    const hang = (_: RequestInfo | URL, init?: RequestInit) => {
      queueMicrotask(() => ac.abort());
      return new Promise<Response>((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    const err = await checkMirror('https://a.test/x.s9pk', commitment, { fetch: hang, signal: ac.signal }).catch((e: unknown) => e);
    expect(isCoreError(err) && err.code).toBe('ABORTED');
  });
});

describe('checkMirror against the dev file host', () => {
  it('ok while it serves, 404 for a missing file, unreachable once stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirror-check-'));
    writeFileSync(join(dir, 'hello.s9pk'), bytes);
    const { server, url } = await serve(createFileHost(dir), { host: '127.0.0.1', port: 0 });
    expect(await checkMirror(`${url}/hello.s9pk`, commitment, { header: true })).toMatchObject({ state: 'ok', headerChecked: true, size: bytes.length });
    expect(await checkMirror(`${url}/nope.s9pk`, commitment)).toMatchObject({ state: 'dead', httpStatus: 404 });
    await new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
    expect(await checkMirror(`${url}/hello.s9pk`, commitment)).toMatchObject({ state: 'dead', reason: 'unreachable' });
  });
});

describe('checkOsMirror', () => {
  it('HEAD 2xx with the commitment size: ok; another size: dead for its size', async () => {
    expect(await checkOsMirror('https://a.test/os.iso', 42, { fetch: scripted({ 'cors HEAD': head(200, 42) }), now })).toEqual({ state: 'ok', headerChecked: false, size: 42, checkedAt: 1_000 });
    expect(await checkOsMirror('https://a.test/os.iso', 42, { fetch: scripted({ 'cors HEAD': head(200, 41) }), now })).toEqual({ state: 'dead', reason: 'size', headerChecked: false, size: 41, checkedAt: 1_000 });
  });

  it('an HTTP error is dead, a host hiding its answer unverifiable, no Content-Length ok without a size', async () => {
    expect(await checkOsMirror('https://a.test/os.iso', 42, { fetch: scripted({ 'cors HEAD': head(404) }), now })).toMatchObject({ state: 'dead', reason: 'http', httpStatus: 404 });
    expect(await checkOsMirror('https://a.test/os.iso', 42, { fetch: scripted({ 'no-cors HEAD': opaque }), now })).toMatchObject({ state: 'unverifiable', reason: 'cors' });
    expect(await checkOsMirror('https://a.test/os.iso', 42, { fetch: scripted({ 'cors HEAD': head(200) }), now })).toMatchObject({ state: 'ok', size: null });
  });
});
