/**
 * The benchmark's node:http part sender behaves as the browser's XMLHttpRequest sender does for
 * the uploader: every part arrives whole with its ETag, progress counts the parts' bytes, a
 * refused connection is a network failure and a pause aborts the parts in flight.
 */
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isCoreError } from '../src/core/errors.ts';
import { uploadMultipart } from '../src/core/s3/multipart.ts';
import type { S3Target } from '../src/core/s3/s3-target.ts';
import { nodePartSender } from './node-part-sender.ts';
import { startNullBucket } from './null-bucket.ts';

const MiB = 2 ** 20;
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const targetOf = (endpoint: string): S3Target => ({ endpoint, region: 'us-east-1', bucket: 'packages', pathStyle: true, publicBaseUrl: `${endpoint}/packages`, keyTemplate: '{filename}' });
const bytes = new Uint8Array(11 * MiB + 7).map((_, i) => i & 0xff);
const source = { size: bytes.length, slice: (a: number, b: number) => bytes.subarray(a, b) };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

function sender() {
  const s = nodePartSender();
  cleanups.push(() => s.close());
  return s;
}

describe('nodePartSender', () => {
  it('sends every part whole and reports its bytes as sent', async () => {
    const bucket = await startNullBucket();
    cleanups.push(() => bucket.close());
    const progress: number[] = [];
    await uploadMultipart({ target: targetOf(bucket.url), credentials, key: 'a.bin', source, partSize: 5 * MiB, concurrency: 3, sendPart: sender().send, onProgress: (sent) => progress.push(sent) });
    // the null bucket completes only when every part was stored once, in order
    expect(bucket.received()).toBe(bytes.length);
    expect(progress.at(-1)).toBe(bytes.length);
  });

  it('turns a refused connection into a network failure', async () => {
    const bucket = await startNullBucket();
    const { url } = bucket;
    const send = sender().send;
    // the upload exists; then the bucket goes away
    const err = await uploadMultipart({
      target: targetOf(url), credentials, key: 'b.bin', source, partSize: 5 * MiB, retry: { retries: 0, baseDelayMs: 1 },
      sendPart: async (part) => (await bucket.close(), send(part)),
    }).catch((e: unknown) => e);
    expect(isCoreError(err, 'S3_NETWORK')).toBe(true);
  });

  it('aborts the parts in flight when the upload is paused', async () => {
    const bucket = await startNullBucket();
    cleanups.push(() => bucket.close());
    // parts go to a server that never answers; starting the upload goes to the null bucket
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => (silent.closeAllConnections(), silent.close(() => resolve()))));
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const send = sender().send;
    const ac = new AbortController();
    let started = 0;
    const failures: string[] = [];
    const upload = uploadMultipart({
      target: targetOf(bucket.url), credentials, key: 'c.bin', source, partSize: 5 * MiB, signal: ac.signal,
      sendPart: (part) => {
        if (++started === 3) setTimeout(() => ac.abort(), 50);
        const request = new Request(part.request.url.replace(new URL(bucket.url).port, String(address.port)), part.request);
        return send({ ...part, request }).catch((e: unknown) => {
          failures.push(e instanceof DOMException ? e.name : String(e));
          throw e;
        });
      },
    });
    const err = await upload.catch((e: unknown) => e);
    expect(isCoreError(err, 'ABORTED')).toBe(true);
    expect(started).toBe(3);
    // each part in flight failed as an aborted fetch does
    expect(failures).toEqual(['AbortError', 'AbortError', 'AbortError']);
  });
});
