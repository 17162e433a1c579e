/**
 * Publishing rows through the registry's publish controller, with real parts: the stand-in
 * registry's handler (which downloads the archive from the bucket as the real one does), a
 * local s3rver bucket, the in-process worker fallback, IndexedDB resume state (fake-indexeddb).
 * Covers pause and resume of an upload (a part in flight is stopped, a stored one is kept), abort (s3rver answers 405 to AbortMultipartUpload),
 * a failed `package.add` retried without uploading again, and the batch flag.
 */
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
// eslint-disable-next-line no-restricted-imports -- test only: a temp directory for s3rver
import { mkdtempSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- test only
import { tmpdir } from 'node:os';
// eslint-disable-next-line no-restricted-imports -- test only
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBucket, S3_ACCESS_KEY, S3_SECRET_KEY, type LocalBucket } from '../../../../cli/stack/s3.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../../../core/s3/s3-target.ts';
import { buildFixtureS9pk } from '../../../../core/testing/fixtures.ts';
// eslint-disable-next-line no-restricted-imports -- test only: the stand-in registry as the backend
import { httpS9pkFetcher, s9pkError, type S9pkFetcher } from '../../../../server/s9pk-fetch.ts';
// eslint-disable-next-line no-restricted-imports -- test only: the stand-in registry as the backend
import { BASE, createHarness, type Harness } from '../../../../server/testing/test-harness.ts';
import { packageIndexOptions } from '../../../lib/registry-queries.ts';
import { lockSession, signWithSession } from '../../../lib/vault-session.ts';
import { adminSessionClient } from '../../../testing/stand-in-client.ts';
import { lockBucket, saveBucket } from '../../../lib/publishing/bucket-settings.ts';
import type { PublishRow } from '../lib/publish-queue.ts';
import { PublishController } from './publish-controller.ts';
import { clearHistory, listHistory } from '../../../lib/history/history-store.ts';

let bucket: LocalBucket;
let h: Harness;
let client: RegistryClient;
/** While true, the registry cannot download archives (its HEAD/GET fail). */
let downloadsFail = false;
/** Requests the console sent to the bucket: `METHOD partNumber` (0 without one). */
let bucketLog: string[] = [];
/** A part whose upload hangs until its request is aborted (a slow part), or null. */
let heldPart: number | null = null;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  bucket = await startBucket({ directory: mkdtempSync(join(tmpdir(), 'rc-publish-row-')), port: 0 });
  const http = httpS9pkFetcher({ timeoutMs: 30_000 });
  const fetcher: S9pkFetcher = {
    open: (url, commitment) => (downloadsFail ? Promise.reject(s9pkError(url, new Error('could not download the file (test)'))) : http.open(url, commitment)),
  };
  h = await createHarness({ fetcher });
  client = adminSessionClient(h, BASE);
  const target = { endpoint: bucket.endpoint, region: 'us-east-1', bucket: bucket.bucket, pathStyle: true, publicBaseUrl: bucket.publicUrl, keyTemplate: DEFAULT_KEY_TEMPLATE };
  await saveBucket(target, { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY }, 'bucket passphrase', 1000);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    // read, never copy: a Request copied here would take the body the real fetch must send
    const u = new URL(input instanceof Request ? input.url : input);
    const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
    if (u.origin === bucket.endpoint && method !== 'GET' && method !== 'HEAD') bucketLog.push(`${method} ${u.searchParams.get('partNumber') ?? 0}`);
    if (method === 'PUT' && heldPart !== null && u.searchParams.get('partNumber') === String(heldPart)) {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => {
          bucketLog.push(`stopped ${heldPart}`);
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    }
    return realFetch(input, init);
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  lockSession();
  lockBucket();
  await bucket?.close();
});
beforeEach(() => {
  bucketLog = [];
  heldPart = null;
  downloadsFail = false;
});

/** A controller attached to the stand-in as an admin, with the index loaded. */
async function adminController(): Promise<PublishController> {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await qc.fetchQuery(packageIndexOptions({ client, keyPem: h.admin.pem, keyUse: 'signs' }));
  const c = new PublishController(BASE);
  c.attach({ scope: { client, keyPem: h.admin.pem, keyUse: 'signs', signCommitment: (m, ctx) => signWithSession(m, ctx, 'admin') }, qc, authority: { admin: true, scopes: {} } });
  return c;
}

/** Resolves with the row once `ok(row)` holds. */
function rowWhen(c: PublishController, id: number, ok: (r: PublishRow) => boolean): Promise<PublishRow> {
  return new Promise((resolve) => {
    const check = () => {
      const r = c.queue.get(id);
      if (r && ok(r)) {
        stop();
        resolve(r);
      }
    };
    const stop = c.subscribe(check);
    check();
  });
}

/** Drops a fixture archive and waits for its verification and report. */
async function dropFixture(c: PublishController, version: string, imageSize = 0): Promise<number> {
  const bytes = await buildFixtureS9pk({ id: 'row-test', version, ...(imageSize ? { imageSize } : {}) });
  c.addFiles([new File([new Uint8Array(bytes)], `row-test_${version}.s9pk`)], 'bucket');
  const id = c.rowIds().at(-1)!;
  await rowWhen(c, id, (r) => r.verify.status === 'ok');
  expect(c.reports().get(id)?.blocking).toBe(false);
  return id;
}

const parts = (log: string[]) => log.filter((l) => l.startsWith('PUT')).map((l) => Number(l.split(' ')[1]));
const versionsOnRegistry = async () => Object.keys((await client.api.package.index({ anonymous: true })).packages['row-test']?.versions ?? {});

/**
 * Publishes a 12 MiB archive (two parts, sent at once) and pauses its upload once the first
 * part is in the bucket, while the second is still being sent.
 */
async function pausedAfterFirstPart(version: string): Promise<{ c: PublishController; id: number; published: boolean }> {
  const c = await adminController();
  const id = await dropFixture(c, version, 12 << 20);
  heldPart = 2;
  const publishing = c.publish(id);
  await rowWhen(c, id, (r) => r.upload.status === 'uploading' && r.upload.sent > 0);
  expect(parts(bucketLog).sort()).toEqual([1, 2]);
  c.pause(id);
  const published = await publishing;
  heldPart = null;
  return { c, id, published };
}

describe('publishing a row', () => {
  it('pauses an upload after a finished part and resumes without sending that part again', async () => {
    const { c, id, published } = await pausedAfterFirstPart('1.0.0:0');
    expect(published).toBe(false);
    const paused = c.queue.get(id)!.upload;
    expect(paused).toMatchObject({ status: 'paused', sent: 8 << 20, error: null });
    expect(parts(bucketLog)).toContain(1);

    bucketLog = [];
    expect(await c.publish(id)).toBe(true);
    expect(parts(bucketLog)).toEqual([2]);
    expect(c.queue.get(id)!.add).toMatchObject({ status: 'done', outcome: 'new-package' });
    expect(await versionsOnRegistry()).toContain('1.0.0:0');
  }, 120_000);

  it('aborting a paused upload asks the bucket to delete it, reports s3rver\'s 405, and forgets the parts', async () => {
    const { c, id } = await pausedAfterFirstPart('2.0.0:0');
    bucketLog = [];
    c.abortUpload(id);
    const aborted = (await rowWhen(c, id, (r) => r.upload.status === 'aborted')).upload;
    expect(aborted.status === 'aborted' && aborted.note).toMatch(/does not implement AbortMultipartUpload \(HTTP 405/);
    expect(bucketLog).toEqual(['DELETE 0']);

    // the resume state is gone: publishing again starts a new upload from part 1
    bucketLog = [];
    expect(await c.publish(id)).toBe(true);
    expect(bucketLog[0]).toBe('POST 0');
    expect(parts(bucketLog).sort()).toEqual([1, 2]);
  }, 120_000);

  it('aborting a running upload stops the part in flight before deleting the upload', async () => {
    const c = await adminController();
    const id = await dropFixture(c, '5.0.0:0', 12 << 20);
    heldPart = 2;
    const publishing = c.publish(id);
    await rowWhen(c, id, (r) => r.upload.status === 'uploading' && r.upload.sent > 0);
    const statuses: string[] = [];
    const stop = c.subscribe(() => statuses.push(c.queue.get(id)!.upload.status));
    c.abortUpload(id);
    await rowWhen(c, id, (r) => r.upload.status === 'aborted');
    stop();
    expect(await publishing).toBe(false);
    expect(bucketLog.slice(-2)).toEqual(['stopped 2', 'DELETE 0']);
    // the stopping upload never shows as paused between 'aborting' and 'aborted'
    expect(statuses.filter((st, i) => st !== statuses[i - 1])).toEqual(['aborting', 'aborted']);
  }, 120_000);

  it('a failed package.add keeps the uploaded URL; retrying only asks the registry again', async () => {
    await clearHistory();
    const c = await adminController();
    const id = await dropFixture(c, '3.0.0:0');
    downloadsFail = true;
    expect(await c.publish(id)).toBe(false);
    const failed = c.queue.get(id)!;
    expect(failed.upload.status).toBe('done');
    expect(failed.add.status).toBe('failed');
    expect(parts(bucketLog)).toEqual([1]);

    downloadsFail = false;
    bucketLog = [];
    expect(await c.publish(id)).toBe(true);
    expect(bucketLog).toEqual([]);
    expect(c.queue.get(id)!.add.status).toBe('done');
    expect(await versionsOnRegistry()).toContain('3.0.0:0');
    // both attempts are in the local history, signed by the admin key, with their outcome
    const history = await listHistory();
    expect(history.map((l) => [l.action, l.package.version, l.outcome.status, l.key.pem === h.admin.pem, typeof l.signature])).toEqual([
      ['publish', '3.0.0:0', 'failed', true, 'string'],
      ['publish', '3.0.0:0', 'ok', true, 'string'],
    ]);
    const done = c.queue.get(id)!;
    if (done.inspect.status !== 'ok' || done.upload.status !== 'done') throw new Error('row not published');
    expect(history[1]!.variants).toEqual([{ sighash: done.inspect.result.commitment.rootSighash, urls: [done.upload.url] }]);
  }, 60_000);

  it('publish all runs one batch at a time and reports it while it runs', async () => {
    const c = await adminController();
    const a = await dropFixture(c, '4.0.0:0');
    const b = await dropFixture(c, '4.1.0:0');
    expect(c.readyCount()).toBe(2);
    const batch = c.publishAll();
    expect(c.running).toBe(true);
    await c.publishAll(); // a second click while it runs does nothing
    await batch;
    expect(c.running).toBe(false);
    expect([c.queue.get(a)!.add.status, c.queue.get(b)!.add.status]).toEqual(['done', 'done']);
    expect(parts(bucketLog)).toEqual([1, 1]);
  }, 60_000);
});
