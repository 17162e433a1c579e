/**
 * @module
 * Uploading an archive to an S3-compatible bucket (design.md §4.3 step 4): multipart, parts
 * sent in parallel (the bucket's `partConcurrency`, default 4) with XMLHttpRequest where there
 * is one so progress moves within parts, resume state persisted after each stored part
 * (upload-resume.ts), pause (abort the parts in flight, keep the stored ones), and abort (stop
 * the parts, then delete the multipart upload; s3rver refuses with 405 and the outcome says
 * so). Each returns the step's outcome; callers keep the state.
 */
import { isCoreError } from '../../../core/errors.ts';
import { translate } from '../../i18n/i18n.ts';
import { abortUpload, storedBytes, uploadMultipart, type PartSender } from '../../../core/s3/multipart.ts';
import { renderKey, type S3Credentials, type S3Target } from '../../../core/s3/s3-target.ts';
import { clearResume, loadResume, resumeKey, saveResume, type FileIdentity } from './upload-resume.ts';
import { xhrPartSender } from './xhr-part-sender.ts';

/** A bucket ready to upload to: its target and decrypted credentials. */
export interface UploadBucket {
  target: S3Target;
  credentials: S3Credentials;
}

/** What is uploaded: the file and the facts its object key and resume state depend on. */
export interface UploadItem {
  file: File;
  id: string;
  version: string;
  commitment: FileIdentity['commitment'];
}

export type UploadStep =
  | { status: 'idle' }
  | { status: 'uploading'; sent: number; total: number }
  /** Stopped by the user or a network failure; the finished parts (`sent` bytes) are remembered. */
  | { status: 'paused'; sent: number; total: number; error: unknown | null }
  | { status: 'failed'; sent: number; error: unknown }
  | { status: 'done'; url: string }
  | { status: 'aborting' }
  /** Cleaned up (or the bucket refused to: `note`). */
  | { status: 'aborted'; note: string | null };

function where(item: UploadItem, bucket: UploadBucket) {
  const { file } = item;
  const objectKey = renderKey(bucket.target.keyTemplate, { id: item.id, version: item.version, filename: file.name });
  const identity = { name: file.name, size: file.size, lastModified: file.lastModified, commitment: item.commitment };
  return { objectKey, stateKey: resumeKey(identity, bucket.target, objectKey) };
}

/** Uploads running now, by resume key: abort waits for one to stop before deleting it. */
const running = new Map<string, Promise<unknown>>();

export interface UploadFileOptions {
  signal?: AbortSignal;
  /** Bytes sent so far (never decreasing, about ten times a second). */
  onProgress?: (sent: number, total: number) => void;
  /** How parts are sent; default XMLHttpRequest (upload progress) where it exists, else fetch. */
  sendPart?: PartSender;
}

/**
 * Uploads (or resumes) a file; resolves with `done` and its public URL, `paused` (by
 * `signal`, or a network failure once the upload exists) or `failed`.
 */
export function uploadFile(item: UploadItem, bucket: UploadBucket, options: UploadFileOptions = {}): Promise<Extract<UploadStep, { status: 'done' | 'paused' | 'failed' }>> {
  const { objectKey, stateKey } = where(item, bucket);
  const run = upload(item, bucket, objectKey, stateKey, options);
  running.set(stateKey, run);
  return run.finally(() => {
    if (running.get(stateKey) === run) running.delete(stateKey);
  });
}

async function upload(item: UploadItem, bucket: UploadBucket, objectKey: string, stateKey: string, options: UploadFileOptions): Promise<Extract<UploadStep, { status: 'done' | 'paused' | 'failed' }>> {
  const total = item.file.size;
  options.onProgress?.(0, total);
  try {
    const url = await uploadMultipart({
      target: bucket.target,
      credentials: bucket.credentials,
      key: objectKey,
      source: item.file,
      concurrency: bucket.target.partConcurrency,
      sendPart: options.sendPart ?? (typeof XMLHttpRequest === 'function' ? xhrPartSender() : undefined),
      resume: await loadResume(stateKey),
      onState: (s) => saveResume(stateKey, s),
      onProgress: options.onProgress,
      signal: options.signal,
    });
    await clearResume(stateKey);
    return { status: 'done', url };
  } catch (error) {
    // Once the multipart upload exists, the bucket accepted this origin (CORS is fine): a network
    // failure is resumable. Failing to even start it is most likely a missing CORS rule.
    const state = await loadResume(stateKey).catch(() => null);
    const sent = state ? storedBytes(state) : 0;
    const aborted = isCoreError(error, 'ABORTED');
    if (aborted || (isCoreError(error, 'S3_NETWORK') && state !== null)) return { status: 'paused', sent, total, error: aborted ? null : error };
    return { status: 'failed', sent, error };
  }
}

/**
 * Deletes the multipart upload of `item` on the bucket (if one was started) and forgets its
 * resume state. Abort a running upload's signal first: this waits for its parts to stop, so
 * none lands after the delete.
 */
export async function abortFileUpload(item: UploadItem, bucket: UploadBucket): Promise<Extract<UploadStep, { status: 'aborted' }>> {
  const { stateKey } = where(item, bucket);
  await running.get(stateKey);
  const state = await loadResume(stateKey);
  let note: string | null = null;
  if (state) {
    try {
      await abortUpload({ target: bucket.target, credentials: bucket.credentials }, state);
    } catch (e) {
      note =
        isCoreError(e, 'S3_HTTP') && e.detail.status === 405
          ? translate('publish.abortUnsupported')
          : translate('publish.abortFailed', { message: (e as Error).message });
    }
  }
  await clearResume(stateKey);
  return { status: 'aborted', note };
}
