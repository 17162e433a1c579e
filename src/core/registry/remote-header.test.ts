/**
 * Reading the developer key of a hosted archive: from the dev file host over loopback (ranged
 * GET), from a host that ignores Range, and the problems a browser meets.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileHost } from '../../server/node/file-host.ts';
import { serve } from '../../server/node/serve.ts';
import { parseHeader } from '../s9pk/header.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../sign/keys.ts';
import { buildFixtureS9pk, TEST_ONLY_SEED } from '../testing/fixtures.ts';
import { readRemoteDeveloperKey } from './remote-header.ts';

let bytes: Uint8Array;
let host: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  bytes = await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' });
  const dir = mkdtempSync(join(tmpdir(), 'rc-devkey-'));
  writeFileSync(join(dir, 'hello.s9pk'), bytes);
  const { server, url } = await serve(createFileHost(dir), { host: '127.0.0.1', port: 0 });
  host = { url, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
});
afterAll(() => host.close());

describe('readRemoteDeveloperKey', () => {
  it('reads the key and commitment from the first bytes of a hosted archive', async () => {
    const got = await readRemoteDeveloperKey(`${host.url}/hello.s9pk`);
    expect(got).toMatchObject({ status: 'ok', keyPem: encodePublicKeyPem(parseHeader(bytes.subarray(0, 155), bytes.length).publicKey) });
    expect(got.status === 'ok' && got.keyPem).toBe(encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED)));
  });

  it('falls back to a plain GET when the ranged one fails, and reads no further than the header', async () => {
    const seen: string[] = [];
    const f = (async (_: RequestInfo | URL, init?: RequestInit) => {
      const range = new Headers(init?.headers).get('range');
      seen.push(range ?? 'plain');
      if (range) throw new TypeError('Failed to fetch');
      return new Response(new Blob([bytes.slice()]));
    }) as typeof fetch;
    expect((await readRemoteDeveloperKey('https://files.test/a.s9pk', { fetch: f })).status).toBe('ok');
    expect(seen).toEqual(['bytes=0-154', 'plain']);
  });

  it('reports a missing file, a non-http URL and a file that is no archive', async () => {
    expect(await readRemoteDeveloperKey(`${host.url}/nope.s9pk`)).toMatchObject({ status: 'bad', problem: 'http', httpStatus: 404 });
    expect(await readRemoteDeveloperKey('ftp://x/a.s9pk')).toMatchObject({ status: 'bad', problem: 'url' });
    const zip = (async () => new Response(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0))) as typeof fetch;
    expect(await readRemoteDeveloperKey('https://files.test/a.zip', { fetch: zip })).toMatchObject({ status: 'bad', problem: 'not-s9pk', code: 'S9PK_ZIP' });
  });
});
