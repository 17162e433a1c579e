/**
 * The hosting URL check: stubbed answers for every branch (CORS failure, HTTP errors, a host
 * that ignores Range, zip / other archive), then the real dev file host over loopback.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileHost } from '../../server/node/file-host.ts';
import { serve } from '../../server/node/serve.ts';
import { isCoreError } from '../errors.ts';
import { buildFixtureS9pk } from '../testing/fixtures.ts';
import { parseHeader } from '../s9pk/header.ts';
import { encodeMerkleCommitment, type MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { checkS9pkUrl } from './url-check.ts';

let bytes: Uint8Array;
let other: Uint8Array;
let commitment: MerkleArchiveCommitmentWire;
const commitmentOf = (b: Uint8Array) => {
  const h = parseHeader(b.subarray(0, 155), b.length);
  return encodeMerkleCommitment({ hash: h.rootSighash, size: h.rootMaxSize });
};

beforeAll(async () => {
  bytes = await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' });
  other = await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0', arches: ['aarch64'] });
  commitment = commitmentOf(bytes);
});

type Answer = Response | Error;
/** A fetch that answers from a script keyed by `METHOD` or `METHOD range`, and records calls. */
function scripted(answers: Record<string, () => Answer>) {
  const calls: string[] = [];
  const f = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('range');
    const key = `${init?.method ?? 'GET'}${range ? ' range' : ''}`;
    calls.push(key);
    const a = (answers[key] ?? answers[init?.method ?? 'GET'] ?? (() => new TypeError('Failed to fetch')))();
    if (a instanceof Error) throw a;
    return a;
  }) as typeof fetch;
  return { f, calls };
}
const body = (b: Uint8Array, status = 200) => () => new Response(b as Uint8Array<ArrayBuffer>, { status, headers: { 'content-length': String(b.length) } });
const head = (status = 200, length?: number) => () => new Response(null, { status, headers: length === undefined ? {} : { 'content-length': String(length) } });

describe('checkS9pkUrl', () => {
  it('HEAD 2xx and a ranged GET with the same commitment: ok, with the size', async () => {
    const { f, calls } = scripted({ HEAD: head(200, 123456), 'GET range': body(bytes.slice(0, 155), 206) });
    expect(await checkS9pkUrl('https://files.test/a.s9pk', commitment, { fetch: f })).toEqual({ status: 'ok', size: 123456 });
    expect(calls).toEqual(['HEAD', 'GET range']);
  });

  it('a host that ignores Range: reads only the first bytes of the plain answer', async () => {
    const { f } = scripted({ HEAD: head(), 'GET range': body(bytes) });
    expect(await checkS9pkUrl('https://files.test/a.s9pk', commitment, { fetch: f })).toEqual({ status: 'ok', size: null });
  });

  it('ranged GET refused by CORS preflight: falls back to a plain GET', async () => {
    const { f, calls } = scripted({ HEAD: head(), 'GET range': () => new TypeError('Failed to fetch'), GET: body(bytes) });
    expect((await checkS9pkUrl('https://files.test/a.s9pk', commitment, { fetch: f })).status).toBe('ok');
    expect(calls).toEqual(['HEAD', 'GET range', 'GET']);
  });

  it('no CORS headers (fetch throws): cannot be checked in the browser', async () => {
    const { f } = scripted({ HEAD: () => new TypeError('Failed to fetch') });
    expect(await checkS9pkUrl('https://files.test/a.s9pk', commitment, { fetch: f })).toEqual({ status: 'unverifiable', message: 'Failed to fetch' });
  });

  it('HTTP errors name the method and status', async () => {
    expect(await checkS9pkUrl('https://files.test/a', commitment, { fetch: scripted({ HEAD: head(404) }).f })).toEqual({ status: 'bad', problem: 'http', method: 'HEAD', httpStatus: 404 });
    expect(await checkS9pkUrl('https://files.test/a', commitment, { fetch: scripted({ HEAD: head(), GET: body(new Uint8Array(0), 403) }).f })).toEqual({
      status: 'bad', problem: 'http', method: 'GET', httpStatus: 403,
    });
  });

  it('another archive, a zip, or a bad URL', async () => {
    const mismatch = await checkS9pkUrl('https://files.test/a', commitment, { fetch: scripted({ HEAD: head(), GET: body(other) }).f });
    expect(mismatch).toEqual({ status: 'bad', problem: 'mismatch', found: commitmentOf(other) });
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0)]);
    const z = await checkS9pkUrl('https://files.test/a.zip', commitment, { fetch: scripted({ HEAD: head(), GET: body(zip) }).f });
    expect(z.status === 'bad' && z.problem === 'not-s9pk' && z.code).toBe('S9PK_ZIP');
    const short = await checkS9pkUrl('https://files.test/a', commitment, { fetch: scripted({ HEAD: head(), GET: body(bytes.slice(0, 40)) }).f });
    expect(short.status === 'bad' && short.problem === 'not-s9pk' && short.code).toBe('S9PK_TRUNCATED');
    expect((await checkS9pkUrl('files.test/a', commitment)).status).toBe('bad');
    expect(await checkS9pkUrl('ftp://files.test/a', commitment)).toMatchObject({ status: 'bad', problem: 'url' });
  });

  it('cancellation is an ABORTED error, not a result', async () => {
    const ac = new AbortController();
    const f = (async () => {
      ac.abort();
      throw new DOMException('aborted', 'AbortError');
    }) as typeof fetch;
    const e = await checkS9pkUrl('https://files.test/a', commitment, { fetch: f, signal: ac.signal }).catch((x: unknown) => x);
    expect(isCoreError(e, 'ABORTED')).toBe(true);
  });
});

describe('checkS9pkUrl against the dev file host', () => {
  let host: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-urlcheck-'));
    writeFileSync(join(dir, 'hello.s9pk'), bytes);
    const { server, url } = await serve(createFileHost(dir), { host: '127.0.0.1', port: 0 });
    host = { url, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
  });
  afterAll(() => host.close());

  it('ok for the file, 404 for a missing one', async () => {
    expect(await checkS9pkUrl(`${host.url}/hello.s9pk`, commitment)).toEqual({ status: 'ok', size: bytes.length });
    expect(await checkS9pkUrl(`${host.url}/nope.s9pk`, commitment)).toMatchObject({ status: 'bad', problem: 'http', httpStatus: 404 });
  });
});
