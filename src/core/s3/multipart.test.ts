import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBucket, S3_ACCESS_KEY, S3_SECRET_KEY, type LocalBucket } from '../../cli/stack/s3.ts';
import { isCoreError } from '../errors.ts';
import { abortUpload, uploadMultipart, type UploadState } from './multipart.ts';
import { DEFAULT_KEY_TEMPLATE, objectApiUrl, renderKey, validateTarget, type S3Target } from './s3-target.ts';

let bucket: LocalBucket;
let target: S3Target;
const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY };

beforeAll(async () => {
  bucket = await startBucket({ directory: mkdtempSync(join(tmpdir(), 'rc-s3-')), port: 0 });
  target = validateTarget({ endpoint: bucket.endpoint, region: 'us-east-1', bucket: bucket.bucket, pathStyle: true, publicBaseUrl: bucket.publicUrl, keyTemplate: DEFAULT_KEY_TEMPLATE });
});
afterAll(() => bucket.close());

const data = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + (i >> 11)) & 0xff);
const source = (bytes: Uint8Array) => ({ size: bytes.length, slice: (a: number, b: number) => new Blob([bytes.subarray(a, b) as Uint8Array<ArrayBuffer>]) });

describe('S3 multipart upload against s3rver', () => {
  it('uploads in parts with progress; the public URL serves the same bytes', async () => {
    const bytes = data(11 * 2 ** 20 + 123);
    const progress: number[] = [];
    const url = await uploadMultipart({ target, credentials, key: 'hello/1.0.0:0/hello.s9pk', source: source(bytes), partSize: 5 << 20, onProgress: (s) => progress.push(s) });
    expect(url).toBe(`${bucket.publicUrl}/hello/1.0.0%3A0/hello.s9pk`);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.every((v, i) => i === 0 || v > progress[i - 1]!)).toBe(true);
    const got = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(got.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(got), Buffer.from(bytes))).toBe(0);
  });

  it('pauses on a network failure and resumes without re-sending finished parts', async () => {
    const bytes = data(12 * 2 ** 20);
    let state: UploadState | null = null;
    let parts = 0;
    const failing: typeof fetch = async (input, init) => {
      const req = input as Request;
      if (req.method === 'PUT' && ++parts === 2) throw new TypeError('network down');
      return fetch(input, init);
    };
    const key = 'resume/x.s9pk';
    const err = await uploadMultipart({ target, credentials, key, source: source(bytes), partSize: 5 << 20, concurrency: 1, retry: { retries: 0, baseDelayMs: 0 }, fetch: failing, onState: (s) => void (state = structuredClone(s)) }).catch((e: unknown) => e);
    expect(isCoreError(err, 'S3_NETWORK')).toBe(true);
    expect(state!.parts.map((p) => p.partNumber)).toEqual([1]);
    const sentParts: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      const u = new URL((input as Request).url);
      if ((input as Request).method === 'PUT') sentParts.push(Number(u.searchParams.get('partNumber')));
      return fetch(input, init);
    };
    const url = await uploadMultipart({ target, credentials, key, source: source(bytes), resume: state, fetch: counting });
    expect(sentParts.sort()).toEqual([2, 3]);
    expect((await (await fetch(url)).arrayBuffer()).byteLength).toBe(bytes.length);
  });

  it('abort deletes the unfinished upload; errors are typed', async () => {
    let state: UploadState | null = null;
    const ac = new AbortController();
    const p = uploadMultipart({
      target, credentials, key: 'abort/x.s9pk', source: source(data(11 << 20)), partSize: 5 << 20, signal: ac.signal,
      onState: (s) => { state = structuredClone(s); if (s.parts.length === 1) ac.abort(); },
    });
    expect(isCoreError(await p.catch((e: unknown) => e), 'ABORTED')).toBe(true);
    // s3rver does not implement AbortMultipartUpload (405); real S3 deletes the parts. Check the
    // request we send and that the refusal is a typed error the UI can report.
    const seen: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const r = input as Request;
      seen.push(`${r.method} ${new URL(r.url).search}`);
      return fetch(input, init);
    };
    const refused = await abortUpload({ target, credentials, fetch: recording }, state!).catch((e: unknown) => e);
    expect(seen).toEqual([`DELETE ?uploadId=${state!.uploadId}`]);
    expect(isCoreError(refused, 'S3_HTTP') && refused.detail.status).toBe(405);
    const wrongBucket = { ...target, bucket: 'nope-bucket' };
    expect(isCoreError(await uploadMultipart({ target: wrongBucket, credentials, key: 'k', source: source(data(10)) }).catch((e: unknown) => e), 'S3_HTTP')).toBe(true);
    const down = { ...target, endpoint: 'http://127.0.0.1:1' };
    expect(isCoreError(await uploadMultipart({ target: down, credentials, key: 'k', source: source(data(10)) }).catch((e: unknown) => e), 'S3_NETWORK')).toBe(true);
  });

  it('key templates, addressing styles and validation', () => {
    expect(renderKey(DEFAULT_KEY_TEMPLATE, { id: 'a', version: '1.0:0', filename: 'a.s9pk' })).toBe('a/1.0:0/a.s9pk');
    expect(objectApiUrl({ ...target, pathStyle: false, endpoint: 'https://s3.example.com' }, 'a/b c')).toBe('https://packages.s3.example.com/a/b%20c');
    expect(() => validateTarget({ ...target, bucket: 'A' })).toThrow(/bucket/);
    expect(() => validateTarget({ ...target, keyTemplate: '{id}' })).toThrow(/filename/);
    expect(() => validateTarget({ ...target, endpoint: 'ftp://x' })).toThrow(/endpoint/);
    expect(validateTarget({ ...target, partConcurrency: 16 }).partConcurrency).toBe(16);
    for (const bad of [0, 17, 2.5, Number.NaN]) expect(() => validateTarget({ ...target, partConcurrency: bad })).toThrow(/parts uploaded at once/);
  });
});
