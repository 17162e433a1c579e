/**
 * The parallel uploader against a fake bucket (testing/fake-s3.ts): the concurrency limit,
 * parts read only when sent, completion in part order whatever order parts finish in, resume,
 * pause and abort of in-flight parts, retries with a precise final error, and progress.
 */
import { describe, expect, it } from 'vitest';
import { fakeEtag, fakeS3, FAKE_UPLOAD_ID, type FakeS3, type PartAnswer } from '../testing/fake-s3.ts';
import { isCoreError } from '../errors.ts';
import { uploadMultipart, type PartSender, type UploadOptions, type UploadState } from './multipart.ts';
import type { S3Target } from './s3-target.ts';

const MiB = 2 ** 20;
const PART = 8 * MiB;
const SIZE = 9 * PART + 100; // ten parts, the last one short
const target: S3Target = { endpoint: 'http://127.0.0.1:9', region: 'us-east-1', bucket: 'packages', pathStyle: true, publicBaseUrl: 'http://127.0.0.1:9/packages', keyTemplate: '{filename}' };
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const quick = { retries: 3, baseDelayMs: 1 };

/** A source of zeros that notes how many parts were in flight whenever a part is read. */
function zeros(size: number, s3: FakeS3) {
  const inFlightAtRead: number[] = [];
  return { inFlightAtRead, size, slice: (a: number, b: number) => (inFlightAtRead.push(s3.inFlight), new Uint8Array(b - a)) };
}

function run(s3: FakeS3, extra: Partial<UploadOptions> = {}) {
  const states: UploadState[] = [];
  const progress: number[] = [];
  const source = zeros(extra.source?.size ?? SIZE, s3);
  const upload = uploadMultipart({
    target, credentials, key: 'pkg.s9pk', source, fetch: s3.fetch, retry: quick,
    onState: (s) => void states.push(structuredClone(s)),
    onProgress: (sent) => progress.push(sent),
    ...extra,
  });
  return { upload, states, progress, source };
}

const jitter = (n: number, attempt: number): PartAnswer => ({ delayMs: 150 + ((n * 7 + attempt * 3) % 5) * 10 });

describe('parallel multipart upload', () => {
  it.each([1, 2, 4, 7])('keeps at most %i parts in flight, and reads a part only when a lane is free', async (limit) => {
    const s3 = fakeS3(jitter);
    const { upload, source } = run(s3, { concurrency: limit });
    await upload;
    expect(s3.maxInFlight).toBeLessThanOrEqual(limit);
    if (limit > 1) expect(s3.maxInFlight).toBeGreaterThan(1);
    expect(source.inFlightAtRead.every((n) => n < limit)).toBe(true);
    expect([...s3.puts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s3.bytes.get(10)).toBe(100);
  });

  it('lists parts in order in CompleteMultipartUpload although they finish in reverse', async () => {
    // every part waits until all ten have arrived, then part n answers after (11 - n) × 20 ms
    let arrived = 0;
    let allArrived = () => {};
    const all = new Promise<void>((r) => (allArrived = r));
    const s3 = fakeS3((n) => (++arrived === 10 && allArrived(), { after: all, delayMs: (11 - n) * 20 }));
    const { upload, states } = run(s3, { concurrency: 10 });
    expect(await upload).toBe('http://127.0.0.1:9/packages/pkg.s9pk');
    expect(states.at(-1)!.parts.map((p) => p.partNumber)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(s3.completed).toEqual(Array.from({ length: 10 }, (_, i) => ({ partNumber: i + 1, etag: fakeEtag(i + 1) })));
  });

  it('resumes without sending the parts already stored', async () => {
    const s3 = fakeS3(jitter);
    const resume: UploadState = { key: 'pkg.s9pk', uploadId: FAKE_UPLOAD_ID, size: SIZE, partSize: PART, parts: [{ partNumber: 4, etag: fakeEtag(4) }, { partNumber: 2, etag: fakeEtag(2) }] };
    const { upload, progress } = run(s3, { resume });
    await upload;
    expect([...s3.puts].sort((a, b) => a - b)).toEqual([1, 3, 5, 6, 7, 8, 9, 10]);
    expect(s3.completed!.map((p) => p.partNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress[0]).toBe(2 * PART);
  });

  it('pause aborts the parts in flight, records only stored ones, and records nothing afterwards', async () => {
    const s3 = fakeS3((n) => ({ delayMs: n === 1 ? 0 : 10_000 }));
    const ac = new AbortController();
    const { upload, states } = run(s3, { signal: ac.signal, onState: (s) => void (states.push(structuredClone(s)), s.parts.length === 1 && setTimeout(() => ac.abort(), 20)) });
    const err = await upload.catch((e: unknown) => e);
    expect(isCoreError(err, 'ABORTED')).toBe(true);
    expect(states.at(-1)!.parts).toEqual([{ partNumber: 1, etag: fakeEtag(1) }]);
    expect([...s3.aborted].sort((a, b) => a - b)).toEqual([2, 3, 4, 5]);
    expect(s3.inFlight).toBe(0);
    const recorded = states.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(states.length).toBe(recorded);
    expect(s3.puts).toHaveLength(5);
    expect(s3.completed).toBeNull();
  });

  it('retries a failing part with backoff, then completes', async () => {
    const s3 = fakeS3((n, attempt) => (n === 3 && attempt <= 2 ? { fail: attempt === 1 ? 503 : 'network' } : {}));
    const { upload } = run(s3);
    await upload;
    expect(s3.puts.filter((n) => n === 3)).toHaveLength(3);
    expect(s3.completed).toHaveLength(10);
  });

  it('gives up after the retries with the part, the attempts and the cause, and stops the other parts', async () => {
    const s3 = fakeS3((n) => (n === 3 ? { fail: 'network' } : { delayMs: 10_000 }));
    const err = await run(s3).upload.catch((e: unknown) => e);
    if (!isCoreError(err, 'S3_NETWORK')) throw new Error(`expected S3_NETWORK, got ${String(err)}`);
    expect(err.message).toMatch(/^part 3 of 10: could not reach http:\/\/127\.0\.0\.1:9 \(fetch failed \(fake\)\) \(gave up after 4 attempts\)$/);
    expect(err.detail).toMatchObject({ partNumber: 3, attempts: 4 });
    expect(s3.puts.filter((n) => n === 3)).toHaveLength(4);
    expect([...s3.aborted].sort((a, b) => a - b)).toEqual([1, 2, 4]);
    expect(s3.inFlight).toBe(0);
  });

  it('does not retry a refusal (HTTP 403)', async () => {
    const s3 = fakeS3((n) => (n === 2 ? { fail: 403 } : {}));
    const err = await run(s3, { concurrency: 1 }).upload.catch((e: unknown) => e);
    expect(isCoreError(err, 'S3_HTTP') && err.detail).toMatchObject({ status: 403, s3Code: 'Fake403', partNumber: 2, attempts: 1 });
    expect(s3.puts).toEqual([1, 2]);
  });

  it('reports progress within parts, never backwards (even across a retry), ending at the file size', async () => {
    // every part takes 200 ms to answer, so the first throttled report (~100 ms in) comes
    // while no part is stored yet
    const s3 = fakeS3((n, attempt) => (n === 5 && attempt === 1 ? { fail: 500, delayMs: 200 } : { delayMs: 200 }));
    // a sender that reports each part's bytes in quarters before the (fake) network answers
    const sendPart: PartSender = async ({ request, body, onSent }) => {
      for (let q = 1; q <= 4; q++) {
        onSent(Math.floor(((body instanceof Blob ? body.size : body.length) * q) / 4));
        await new Promise((r) => setTimeout(r, 2));
      }
      return s3.fetch(request, { body: body instanceof Blob ? body : new Blob([body.slice()]) });
    };
    const reports: { sent: number; stored: number }[] = [];
    await run(s3, { sendPart, onProgress: (sent) => void reports.push({ sent, stored: s3.bytes.size }) }).upload;
    const progress = reports.map((r) => r.sent);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(SIZE);
    expect(progress.every((v, i) => i === 0 || v > progress[i - 1]!)).toBe(true);
    // bytes of parts still being sent were counted
    expect(reports.some((r) => r.sent > 0 && r.stored === 0)).toBe(true);
    expect(s3.puts.filter((n) => n === 5)).toHaveLength(2);
  });

  it('signs a part without its bytes: a sender gets a bodiless signed request and the bytes beside it', async () => {
    // S3 requests are signed with an unsigned payload; a body in the signed Request would only
    // be copied (Node copies a typed-array body) and never sent by an XMLHttpRequest sender
    const s3 = fakeS3();
    const seen: { hasBody: boolean; payload: string | null; auth: string | null; bytes: number }[] = [];
    const sendPart: PartSender = ({ request, body }) => {
      seen.push({ hasBody: request.body !== null, payload: request.headers.get('x-amz-content-sha256'), auth: request.headers.get('authorization'), bytes: body instanceof Blob ? body.size : body.length });
      return s3.fetch(request, { body: body instanceof Blob ? body : new Blob([body.slice()]) });
    };
    await run(s3, { sendPart }).upload;
    expect(seen).toHaveLength(10);
    expect(seen.filter((s) => s.hasBody)).toEqual([]);
    expect(seen.every((s) => s.payload === 'UNSIGNED-PAYLOAD' && s.auth?.startsWith('AWS4-HMAC-SHA256 '))).toBe(true);
    expect(seen.reduce((sum, s) => sum + s.bytes, 0)).toBe(SIZE);
    expect([...s3.bytes.values()].reduce((sum, n) => sum + n, 0)).toBe(SIZE);
  });

  it('throttles progress to about ten reports a second', async () => {
    const s3 = fakeS3(() => ({ delayMs: 30 }));
    const t0 = Date.now();
    const { upload, progress } = run(s3, { source: { size: 40 * PART, slice: (a, b) => new Uint8Array(b - a) } });
    await upload;
    const seconds = (Date.now() - t0) / 1000;
    expect(progress.at(-1)).toBe(40 * PART);
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
  });
});
