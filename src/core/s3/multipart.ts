/**
 * @module
 * Resumable S3 multipart upload signed with SigV4 (aws4fetch), for browsers and Node: parts
 * are sent one after another; the caller persists `UploadState` after each part, so an upload
 * interrupted by a network failure resumes without re-sending finished parts; `abortUpload`
 * deletes the multipart upload on the bucket.
 */
import { CoreError } from '../errors.ts';
import { send, xmlField } from './s3-send.ts';
import { objectApiUrl, objectPublicUrl, type S3Credentials, type S3Target } from './s3-target.ts';

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

export interface UploadOptions {
  target: S3Target;
  credentials: S3Credentials;
  key: string;
  source: UploadSource;
  /** Parts of at least 5 MiB (S3's minimum for all but the last part). Default 8 MiB. */
  partSize?: number;
  /** State from an interrupted attempt of the same key and size. */
  resume?: UploadState | null;
  onState?: (state: UploadState) => void | Promise<void>;
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

const MIN_PART = 5 << 20;

/** Starts a multipart upload; returns its id. */
async function createUpload(o: UploadOptions): Promise<string> {
  const url = `${objectApiUrl(o.target, o.key)}?uploads`;
  const res = await send(o, url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' } }, 'start upload');
  const id = xmlField(await res.text(), 'UploadId');
  if (!id) throw new CoreError('S3_BAD_RESPONSE', 'start upload: no UploadId in the answer');
  return id;
}

/**
 * Uploads (or resumes) and completes; returns the public URL of the object.
 * @throws CoreError `S3_NETWORK` (likely CORS), `S3_HTTP`, `S3_BAD_RESPONSE`, `ABORTED` (paused:
 *   the last persisted state resumes it).
 */
export async function uploadMultipart(o: UploadOptions): Promise<string> {
  const partSize = Math.max(MIN_PART, o.resume?.partSize ?? o.partSize ?? 8 << 20);
  const resumable = o.resume && o.resume.key === o.key && o.resume.size === o.source.size ? o.resume : null;
  const state: UploadState = resumable
    ? { ...resumable, parts: [...resumable.parts] }
    : { key: o.key, uploadId: await createUpload(o), size: o.source.size, partSize, parts: [] };
  await o.onState?.(state);
  const count = Math.max(1, Math.ceil(o.source.size / state.partSize));
  const done = new Set(state.parts.map((p) => p.partNumber));
  let sent = state.parts.reduce((n, p) => n + Math.min(state.partSize, o.source.size - (p.partNumber - 1) * state.partSize), 0);
  o.onProgress?.(sent, o.source.size);
  for (let n = 1; n <= count; n++) {
    if (done.has(n)) continue;
    const start = (n - 1) * state.partSize;
    const end = Math.min(o.source.size, start + state.partSize);
    const url = `${objectApiUrl(o.target, o.key)}?partNumber=${n}&uploadId=${encodeURIComponent(state.uploadId)}`;
    const res = await send(o, url, { method: 'PUT', body: o.source.slice(start, end) as BodyInit }, `part ${n} of ${count}`);
    const etag = res.headers.get('etag');
    if (!etag) {
      throw new CoreError('S3_BAD_RESPONSE', 'the bucket does not expose the ETag header; add <ExposeHeader>ETag</ExposeHeader> to its CORS rule', { what: 'etag' });
    }
    state.parts.push({ partNumber: n, etag });
    sent += end - start;
    await o.onState?.(state);
    o.onProgress?.(sent, o.source.size);
  }
  const parts = [...state.parts].sort((a, b) => a.partNumber - b.partNumber);
  const xml = `<CompleteMultipartUpload>${parts.map((p) => `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>${p.etag.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</ETag></Part>`).join('')}</CompleteMultipartUpload>`;
  const res = await send(o, `${objectApiUrl(o.target, o.key)}?uploadId=${encodeURIComponent(state.uploadId)}`, { method: 'POST', body: xml, headers: { 'Content-Type': 'application/xml' } }, 'complete upload');
  const text = await res.text();
  if (xmlField(text, 'Code')) throw new CoreError('S3_HTTP', `complete upload: ${xmlField(text, 'Code')}: ${xmlField(text, 'Message') ?? ''}`, { what: 'complete' });
  return objectPublicUrl(o.target, o.key);
}

/** Deletes an unfinished multipart upload and its parts. */
export async function abortUpload(o: Pick<UploadOptions, 'target' | 'credentials' | 'fetch'>, state: UploadState): Promise<void> {
  await send(o, `${objectApiUrl(o.target, state.key)}?uploadId=${encodeURIComponent(state.uploadId)}`, { method: 'DELETE' }, 'abort upload');
}
