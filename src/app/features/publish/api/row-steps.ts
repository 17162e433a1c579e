/**
 * @module
 * The shared file checks and uploader (app/lib/publishing) applied to one publish row: each
 * step's AbortController is the queue's, and each outcome lands in the row.
 */
import { checkUrls, inspectFile, verifyFile } from '../../../lib/publishing/file-checks.ts';
import { abortFileUpload, uploadFile, type UploadBucket, type UploadItem } from '../../../lib/publishing/upload.ts';
import { typedUrls, type PublishQueue, type PublishRow } from '../lib/publish-queue.ts';

/** Verifies a row that was inspected successfully. */
export async function verifyRow(queue: PublishQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok') return;
  const { signal } = queue.controller(id, 'verify');
  queue.update(id, { verify: { status: 'running', progress: null } });
  const onProgress = (progress: { done: number; total: number }) => queue.update(id, (r) => (r.verify.status === 'running' ? { verify: { status: 'running', progress } } : {}));
  queue.update(id, { verify: await verifyFile(row.file, { signal, onProgress }) });
}

/** Inspects a new row, then verifies it. */
export async function inspectRow(queue: PublishQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row) return;
  const { signal } = queue.controller(id, 'verify');
  const inspect = await inspectFile(row.file, signal);
  if (inspect.status === 'failed') return queue.update(id, { inspect, verify: { status: 'cancelled' } });
  queue.update(id, { inspect });
  await verifyRow(queue, id);
}

/** Checks every typed URL of a row from the browser; results land in `urlChecks`. */
export async function checkRowUrls(queue: PublishQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok') return;
  const urls = typedUrls(row);
  const { signal } = queue.controller(id, 'urls');
  queue.update(id, { urlChecks: Object.fromEntries(urls.map((u) => [u, { status: 'checking' as const }])) });
  await checkUrls(urls, row.inspect.result.commitment, { signal, onCheck: (u, c) => queue.update(id, (r) => ({ urlChecks: { ...r.urlChecks, [u]: c } })) });
}

function uploadItem(row: PublishRow): UploadItem | null {
  if (row.inspect.status !== 'ok') return null;
  const { id, version, commitment } = row.inspect.result;
  return { file: row.file, id, version, commitment };
}

/**
 * Uploads (or resumes) a row's file; resolves with its public URL, or null when paused,
 * failed or cancelled (the row's `upload` step says which).
 */
export async function uploadRow(queue: PublishQueue, id: number, bucket: UploadBucket): Promise<string | null> {
  const row = queue.get(id);
  const item = row && uploadItem(row);
  if (!row || !item) return null;
  if (row.upload.status === 'done') return row.upload.url;
  const { signal } = queue.controller(id, 'upload');
  // once an abort has begun (abortRowUpload), the stopping upload no longer writes the row; the
  // abort waits for it to stop before it deletes the upload and writes 'aborted'
  const unlessAborting = (upload: PublishRow['upload']) => queue.update(id, (r) => (r.upload.status === 'aborting' ? {} : { upload }));
  const upload = await uploadFile(item, bucket, { signal, onProgress: (sent, total) => unlessAborting({ status: 'uploading', sent, total }) });
  unlessAborting(upload);
  return upload.status === 'done' ? upload.url : null;
}

/** Stops the parts in flight; the upload resumes with the parts not yet stored. */
export function pauseUpload(queue: PublishQueue, id: number): void {
  queue.abort(id, 'upload');
}

/** Stops the parts in flight, then deletes the multipart upload on the bucket, and forgets its resume state. */
export async function abortRowUpload(queue: PublishQueue, id: number, bucket: UploadBucket): Promise<void> {
  const row = queue.get(id);
  const item = row && uploadItem(row);
  if (!item) return;
  queue.abort(id, 'upload');
  queue.update(id, { upload: { status: 'aborting' } });
  queue.update(id, { upload: await abortFileUpload(item, bucket) });
}
