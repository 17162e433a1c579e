/**
 * @module
 * Resumable S3 multipart upload signed with SigV4 (aws4fetch), for browsers and Node: parts
 * (sized by part-size.ts) are sent `concurrency` at a time (upload-parts.ts), each read from
 * the source only when sent and retried with backoff; the caller persists `UploadState` after
 * each stored part, so an upload paused or interrupted by a network failure resumes without
 * re-sending them; completion lists the parts by number whatever order they finished in.
 * `abortUpload` deletes the multipart upload on the bucket.
 */
import { CoreError } from '../errors.ts';
import { choosePartSize, partCount, partRange } from './part-size.ts';
import { progressMeter } from './progress-meter.ts';
import { send, xmlField } from './s3-send.ts';
import { objectApiUrl, objectPublicUrl, type S3Credentials, type S3Target } from './s3-target.ts';
import { clampConcurrency, DEFAULT_RETRY, runParts, type PartJob, type RetryPolicy } from './upload-parts.ts';

/** What must survive a reload to resume (no secrets in it). */
export interface UploadState {
  key: string;
  uploadId: string;
  size: number;
  partSize: number;
  parts: { partNumber: number; etag: string }[];
}

export interface UploadSource {
  readonly size: number;
  slice(start: number, end: number): Blob | Uint8Array;
}

/** One part to send: its signed request (method, URL, headers; no body) and its bytes. */
export interface PartRequest {
  request: Request;
  body: Blob | Uint8Array;
  signal: AbortSignal | undefined;
  /** Bytes of this part sent so far, if the transport can tell (fetch cannot in browsers). */
  onSent: (loaded: number) => void;
}

/** Sends one part, e.g. with XMLHttpRequest for its upload progress; default `fetch`. */
export type PartSender = (part: PartRequest) => Promise<Response>;

export interface UploadOptions {
  target: S3Target;
  credentials: S3Credentials;
  key: string;
  source: UploadSource;
  /** Preferred part size; rounded to whole MiB, at least 5 MiB, grown to fit 10 000 parts. Default 8 MiB. */
  partSize?: number;
  /** Parts sent at once (1…16). Default 4. */
  concurrency?: number;
  /** How a failed part is retried. Default 3 retries from 500 ms. */
  retry?: RetryPolicy;
  sendPart?: PartSender;
  /** State from an interrupted attempt of the same key and size. */
  resume?: UploadState | null;
  onState?: (state: UploadState) => void | Promise<void>;
  /** Bytes sent, never decreasing, at most every 100 ms and once at the end. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** Starts a multipart upload; returns its id. */
async function createUpload(o: UploadOptions): Promise<string> {
  const url = `${objectApiUrl(o.target, o.key)}?uploads`;
  const res = await send(o, url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' } }, 'start upload');
  const id = xmlField(await res.text(), 'UploadId');
  if (!id) throw new CoreError('S3_BAD_RESPONSE', 'start upload: no UploadId in the answer');
  return id;
}

/** Bytes of the parts recorded in `state`. */
export function storedBytes(state: UploadState): number {
  return state.parts.reduce((sum, p) => {
    const r = partRange(p.partNumber, state.size, state.partSize);
    return sum + (r.end - r.start);
  }, 0);
}

function putPart(o: UploadOptions, state: UploadState, count: number) {
  const sender = o.sendPart;
  return async (job: PartJob, signal: AbortSignal, onSent: (loaded: number) => void): Promise<string> => {
    const url = `${objectApiUrl(o.target, o.key)}?partNumber=${job.n}&uploadId=${encodeURIComponent(state.uploadId)}`;
    const body = o.source.slice(job.start, job.end);
    const transport = sender && ((request: Request, s: AbortSignal | undefined) => sender({ request, body, signal: s, onSent }));
    const res = await send({ ...o, signal }, url, { method: 'PUT', body: body as BodyInit }, `part ${job.n} of ${count}`, transport);
    const etag = res.headers.get('etag');
    if (!etag) {
      throw new CoreError('S3_BAD_RESPONSE', 'the bucket does not expose the ETag header; add <ExposeHeader>ETag</ExposeHeader> to its CORS rule', { what: 'etag' });
    }
    return etag;
  };
}

async function complete(o: UploadOptions, state: UploadState): Promise<void> {
  const parts = [...state.parts].sort((a, b) => a.partNumber - b.partNumber);
  const xml = `<CompleteMultipartUpload>${parts.map((p) => `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>${p.etag.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</ETag></Part>`).join('')}</CompleteMultipartUpload>`;
  const res = await send(o, `${objectApiUrl(o.target, o.key)}?uploadId=${encodeURIComponent(state.uploadId)}`, { method: 'POST', body: xml, headers: { 'Content-Type': 'application/xml' } }, 'complete upload');
  const text = await res.text();
  if (xmlField(text, 'Code')) throw new CoreError('S3_HTTP', `complete upload: ${xmlField(text, 'Code')}: ${xmlField(text, 'Message') ?? ''}`, { what: 'complete' });
}

/**
 * Uploads (or resumes) and completes; returns the public URL of the object.
 * @throws CoreError `S3_TOO_LARGE`, `S3_NETWORK` (likely CORS before the upload exists),
 *   `S3_HTTP`, `S3_BAD_RESPONSE` (with `partNumber` and `attempts` for a part), `ABORTED`
 *   (paused: the last persisted state resumes it).
 */
export async function uploadMultipart(o: UploadOptions): Promise<string> {
  const size = o.source.size;
  const resumable = o.resume && o.resume.key === o.key && o.resume.size === size ? o.resume : null;
  const state: UploadState = resumable
    ? { ...resumable, parts: [...resumable.parts] }
    : { key: o.key, uploadId: '', size, partSize: choosePartSize(size, o.partSize), parts: [] };
  if (!resumable) state.uploadId = await createUpload(o);
  // saves in order, one at a time, each with the parts stored by then
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    const snapshot: UploadState = { ...state, parts: [...state.parts] };
    saving = saving.then(() => o.onState?.(snapshot));
    return saving;
  };
  await save();
  const count = partCount(size, state.partSize);
  const done = new Set(state.parts.map((p) => p.partNumber));
  const parts: PartJob[] = [];
  for (let n = 1; n <= count; n++) if (!done.has(n)) parts.push({ n, ...partRange(n, size, state.partSize) });
  const meter = progressMeter(size, o.onProgress, storedBytes(state));
  try {
    await runParts({
      parts,
      concurrency: clampConcurrency(o.concurrency),
      retry: o.retry ?? DEFAULT_RETRY,
      signal: o.signal,
      meter,
      put: putPart(o, state, count),
      record: (job, etag) => {
        state.parts.push({ partNumber: job.n, etag });
        return save();
      },
    });
  } finally {
    meter.finish();
  }
  await complete(o, state);
  return objectPublicUrl(o.target, o.key);
}

/** Deletes an unfinished multipart upload and its parts. */
export async function abortUpload(o: Pick<UploadOptions, 'target' | 'credentials' | 'fetch'>, state: UploadState): Promise<void> {
  await send(o, `${objectApiUrl(o.target, state.key)}?uploadId=${encodeURIComponent(state.uploadId)}`, { method: 'DELETE' }, 'abort upload');
}
