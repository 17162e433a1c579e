/**
 * @module
 * A row's upload to the configured bucket (design.md §4.3 step 4): multipart with progress,
 * resume state persisted after each part (upload-resume.ts), pause (abort the request, keep
 * the state), and abort (delete the multipart upload; s3rver refuses with 405 and says so).
 */
import { isCoreError } from '../../../core/errors.ts';
import { abortUpload, uploadMultipart } from '../../../core/s3/multipart.ts';
import { renderKey } from '../../../core/s3/s3-target.ts';
import type { InspectResult } from '../../../worker/client.ts';
import type { BucketSession } from '../../features/publish/lib/bucket-settings.ts';
import type { PublishQueue, PublishRow } from '../../features/publish/lib/publish-queue.ts';
import { clearResume, loadResume, resumeKey, saveResume } from './upload-resume.ts';

function where(row: PublishRow, result: InspectResult, bucket: BucketSession) {
  const objectKey = renderKey(bucket.target.keyTemplate, { id: result.id, version: result.version, filename: row.file.name });
  const file = { name: row.file.name, size: row.file.size, lastModified: row.file.lastModified, commitment: result.commitment };
  return { objectKey, stateKey: resumeKey(file, bucket.target, objectKey) };
}

/**
 * Uploads (or resumes) a row's file; resolves with its public URL, or null when paused,
 * failed or cancelled (the row's `upload` step says which).
 */
export async function uploadRow(queue: PublishQueue, id: number, bucket: BucketSession): Promise<string | null> {
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok') return null;
  if (row.upload.status === 'done') return row.upload.url;
  const { objectKey, stateKey } = where(row, row.inspect.result, bucket);
  const { signal } = queue.controller(id, 'upload');
  const total = row.file.size;
  let sent = 0;
  queue.update(id, { upload: { status: 'uploading', sent: 0, total } });
  try {
    const url = await uploadMultipart({
      target: bucket.target,
      credentials: bucket.credentials,
      key: objectKey,
      source: row.file,
      resume: await loadResume(stateKey),
      onState: (s) => saveResume(stateKey, s),
      onProgress: (n) => {
        sent = n;
        queue.update(id, { upload: { status: 'uploading', sent: n, total } });
      },
      signal,
    });
    await clearResume(stateKey);
    queue.update(id, { upload: { status: 'done', url } });
    return url;
  } catch (error) {
    // Once the multipart upload exists, the bucket accepted this origin (CORS is fine): a network
    // failure is resumable. Failing to even start it is most likely a missing CORS rule.
    const started = (await loadResume(stateKey).catch(() => null)) !== null;
    const resumable = isCoreError(error, 'ABORTED') || (isCoreError(error, 'S3_NETWORK') && started);
    queue.update(id, { upload: resumable ? { status: 'paused', sent, total, error: isCoreError(error, 'ABORTED') ? null : error } : { status: 'failed', sent, error } });
    return null;
  }
}

/** Stops the running part; the upload resumes from the last finished part. */
export function pauseUpload(queue: PublishQueue, id: number): void {
  queue.abort(id, 'upload');
}

/** Stops and deletes the multipart upload on the bucket, and forgets its resume state. */
export async function abortRowUpload(queue: PublishQueue, id: number, bucket: BucketSession): Promise<void> {
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok') return;
  queue.abort(id, 'upload');
  const { stateKey } = where(row, row.inspect.result, bucket);
  queue.update(id, { upload: { status: 'aborting' } });
  const state = await loadResume(stateKey);
  let note: string | null = null;
  if (state) {
    try {
      await abortUpload({ target: bucket.target, credentials: bucket.credentials }, state);
    } catch (e) {
      note =
        isCoreError(e, 'S3_HTTP') && e.detail.status === 405
          ? 'The bucket does not implement AbortMultipartUpload (HTTP 405; s3rver is one such server): the parts already sent stay in the bucket until it expires them or you delete them with its own tools.'
          : `The bucket did not delete the unfinished upload: ${(e as Error).message}. Its parts may stay in the bucket.`;
    }
  }
  await clearResume(stateKey);
  queue.update(id, { upload: { status: 'aborted', note } });
}
