/**
 * Adding dropped images step by step, with real parts: the stand-in registry's handler, a
 * local s3rver bucket, the in-process worker fallback (hashing files and what URLs serve) and
 * IndexedDB upload state (fake-indexeddb). Covers bucket hosting, URL hosting refused for a
 * URL that serves other bytes (then fixed and retried), and a failed add retried without
 * uploading again.
 */
import 'fake-indexeddb/auto';
// eslint-disable-next-line no-restricted-imports -- test only: a temp directory for s3rver
import { mkdtempSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- test only
import { tmpdir } from 'node:os';
// eslint-disable-next-line no-restricted-imports -- test only
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBucket, S3_ACCESS_KEY, S3_SECRET_KEY, type LocalBucket } from '../../../../cli/stack/s3.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../../../core/s3/s3-target.ts';
import { blake3Of } from '../../../../core/s9pk/hasher.ts';
import { BLAKE3_SIG_CONTEXT, encodeBlake3Commitment, parseBlake3Commitment, verifyCommitment } from '../../../../core/sign/commitment.ts';
// eslint-disable-next-line no-restricted-imports -- test only: the stand-in registry as the backend
import { BASE, createHarness, type Harness } from '../../../../server/testing/test-harness.ts';
import { lockBucket, saveBucket } from '../../../lib/publishing/bucket-settings.ts';
import type { UploadBucket } from '../../../lib/publishing/upload.ts';
import { lockSession, signWithSession } from '../../../lib/vault-session.ts';
import { adminSessionClient } from '../../../testing/stand-in-client.ts';
import { AssetQueue } from '../lib/asset-queue.ts';
import { addRow, hashRow, type AddContext } from './asset-steps.ts';

let bucket: LocalBucket;
let h: Harness;
let client: RegistryClient;
let ctx: AddContext;
/** Bucket writes the console sent (`METHOD key`). */
const writes: string[] = [];
const realFetch = globalThis.fetch;

const bytes = (n: number, seed: number): Uint8Array<ArrayBuffer> => new Uint8Array(n).map((_, i) => (i * 13 + seed) & 0xff);
const commitmentOf = (b: Uint8Array) => encodeBlake3Commitment({ hash: blake3Of(b), size: BigInt(b.length) });

beforeAll(async () => {
  bucket = await startBucket({ directory: mkdtempSync(join(tmpdir(), 'rc-os-assets-')), port: 0 });
  h = await createHarness();
  client = adminSessionClient(h, BASE);
  const target = { endpoint: bucket.endpoint, region: 'us-east-1', bucket: bucket.bucket, pathStyle: true, publicBaseUrl: bucket.publicUrl, keyTemplate: DEFAULT_KEY_TEMPLATE };
  const stored = await saveBucket(target, { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY }, 'bucket passphrase', 1000);
  const b: UploadBucket = { target: stored.target, credentials: { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY } };
  ctx = { client, signCommitment: (c, context) => signWithSession(c, context, null), bucket: b };
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const u = new URL(input instanceof Request ? input.url : input);
    const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
    if (u.origin === bucket.endpoint && (method === 'PUT' || method === 'POST')) writes.push(`${method} ${u.pathname}`);
    return realFetch(input, init);
  });
  await h.ok('os.version.add', { version: '0.4.0', headline: 'h', releaseNotes: 'n', sourceVersion: '*' }, { key: h.admin });
}, 60_000);
afterAll(async () => {
  vi.unstubAllGlobals();
  lockSession();
  lockBucket();
  await bucket?.close();
});

async function hashed(q: AssetQueue, name: string, b: Uint8Array<ArrayBuffer>, version = '0.4.0', hosting: 'bucket' | 'urls' = 'bucket') {
  const row = q.add({ version, file: new File([b], name), type: 'squashfs', platform: 'x86_64', hosting });
  await hashRow(q, row.id);
  return row.id;
}

describe('adding a dropped image', () => {
  it('hashes the whole file, uploads it, checks the public URL, signs and adds it', async () => {
    const b = bytes(70_000, 1);
    const q = new AssetQueue();
    const id = await hashed(q, 'startos-0.4.0_x86_64.squashfs', b);
    expect(q.get(id)!.hash).toEqual({ status: 'ok', commitment: commitmentOf(b) });
    expect(await addRow(ctx, q, id)).toBe(true);
    const url = `${bucket.publicUrl}/startos/0.4.0/startos-0.4.0_x86_64.squashfs`;
    expect(q.get(id)!.add).toEqual({ status: 'done', urls: [url] });
    expect(q.get(id)!.urlChecks[url]).toEqual({ status: 'ok' });
    const asset = (await client.api.os.index()).versions['0.4.0']!.squashfs['x86_64']!;
    expect(asset.urls).toEqual([url]);
    expect(asset.commitment).toEqual(commitmentOf(b));
    expect(verifyCommitment(parseBlake3Commitment(asset.commitment), asset.signatures[h.admin.pem]!, h.admin.pem, BLAKE3_SIG_CONTEXT)).toBe(true);
  });

  it('refuses a URL that serves other bytes, naming the hash; fixed and retried it is added', async () => {
    const b = bytes(5000, 2);
    const good = await bucket.put('elsewhere/good.img', b);
    const other = await bucket.put('elsewhere/other.img', bytes(5000, 3));
    const q = new AssetQueue();
    const id = await hashed(q, 'startos-0.4.0_raspberrypi.img', b, '0.4.0', 'urls');
    q.update(id, { platform: 'raspberrypi', type: 'img', urlsText: `${good}\n${other}` });
    expect(await addRow(ctx, q, id)).toBe(false);
    const row = q.get(id)!;
    expect(row.add.status).toBe('failed');
    expect(row.urlChecks[good]).toEqual({ status: 'ok' });
    expect(row.urlChecks[other]).toMatchObject({ status: 'mismatch', mismatch: { field: 'hash', expected: commitmentOf(b).hash } });
    expect((await client.api.os.index()).versions['0.4.0']!.img).toEqual({});
    q.update(id, { urlsText: good, urlChecks: {} });
    expect(await addRow(ctx, q, id)).toBe(true);
    expect((await client.api.os.index()).versions['0.4.0']!.img['raspberrypi']!.urls).toEqual([good]);
  });

  it('a failed add keeps the upload: the retry does not upload again', async () => {
    const q = new AssetQueue();
    const id = await hashed(q, 'startos-0.5.0_x86_64.squashfs', bytes(3000, 4), '0.5.0');
    expect(await addRow(ctx, q, id)).toBe(false); // no release 0.5.0 yet: the registry answers 6
    expect(q.get(id)!.upload.status).toBe('done');
    const before = writes.length;
    await h.ok('os.version.add', { version: '0.5.0', headline: 'h', releaseNotes: 'n', sourceVersion: '*' }, { key: h.admin });
    expect(await addRow(ctx, q, id)).toBe(true);
    expect(writes.length).toBe(before);
  });

  it('a cancelled hash can be run again', async () => {
    const q = new AssetQueue();
    const row = q.add({ version: '0.4.0', file: new File([bytes(10, 5)], 'a.iso'), type: 'iso', platform: 'x86_64', hosting: 'bucket' });
    const run = hashRow(q, row.id);
    q.abort(row.id, 'hash');
    await run;
    expect(q.get(row.id)!.hash.status).toBe('cancelled');
    await hashRow(q, row.id);
    expect(q.get(row.id)!.hash.status).toBe('ok');
  });
});
