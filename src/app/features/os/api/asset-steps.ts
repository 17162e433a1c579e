/**
 * @module
 * One dropped image, step by step (issue #15 item 3; spec registry-api.md §4.6, §4.10 `os asset
 * add`): its BLAKE3 commitment in the worker pool (progress, cancel), then hosting — an upload
 * to the bucket (the shared multipart uploader; the public URL must then announce the
 * committed size) or typed URLs whose served bytes must hash to the commitment — then the
 * commitment signed by the acting key (context `startos`) and `os.asset.add.<type>` once per
 * URL (the registry appends each). A failed step keeps what the earlier ones produced, so a
 * retry neither hashes nor uploads again.
 */
import { isCoreError } from '../../../../core/errors.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import type { Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import { hashBlake3File } from '../../../../worker/client.ts';
import { translate } from '../../../i18n/i18n.ts';
import { uploadFile, type UploadBucket } from '../../../lib/publishing/upload.ts';
import type { RegistryScope } from '../../../lib/registry-scope.tsx';
import { typedUrls } from '../../../lib/row-queue.ts';
import type { AssetQueue, AssetRow } from '../lib/asset-queue.ts';
import { addAssetUrl } from './asset-writes.ts';
import { verifyAssetUrl, type UrlVerdict } from './verify-asset-url.ts';

/** Hashes a row's file (again after a cancel or failure). */
export async function hashRow(queue: AssetQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row) return;
  const { signal } = queue.controller(id, 'hash');
  queue.update(id, { hash: { status: 'running', progress: null } });
  const onProgress = (progress: { done: number; total: number }) => queue.update(id, (r) => (r.hash.status === 'running' ? { hash: { status: 'running', progress } } : {}));
  try {
    const { commitment } = await hashBlake3File(row.file, { signal, onProgress });
    queue.update(id, { hash: { status: 'ok', commitment } });
  } catch (error) {
    queue.update(id, { hash: isCoreError(error, 'ABORTED') ? { status: 'cancelled' } : { status: 'failed', error } });
  }
}

/** Checks URLs against the row's commitment (`hash`: every byte served); verdicts land in `urlChecks`. */
async function checkUrls(queue: AssetQueue, id: number, urls: readonly string[], commitment: Blake3CommitmentWire, hash: boolean): Promise<UrlVerdict[]> {
  const { signal } = queue.controller(id, 'urls');
  const set = (u: string, v: AssetRow['urlChecks'][string]) => queue.update(id, (r) => ({ urlChecks: { ...r.urlChecks, [u]: v } }));
  return Promise.all(
    urls.map(async (u) => {
      set(u, { status: 'checking', progress: null });
      const v = await verifyAssetUrl(u, commitment, { hash, signal, onProgress: (progress) => set(u, { status: 'checking', progress }) });
      set(u, v);
      return v;
    }),
  );
}

/** Where the registry will find the file: the uploaded object, or the typed URLs; null when hosting failed (the row says why). */
async function host(queue: AssetQueue, id: number, commitment: Blake3CommitmentWire, bucket: UploadBucket | null): Promise<string[] | null> {
  const row = queue.get(id)!;
  let urls: string[];
  if (row.hosting === 'bucket') {
    if (!bucket) throw new Error(translate('os.drop.bucketLocked'));
    let url = row.upload.status === 'done' ? row.upload.url : null;
    if (url === null) {
      const { signal } = queue.controller(id, 'upload');
      const item = { file: row.file, id: 'startos', version: row.version, commitment };
      const upload = await uploadFile(item, bucket, { signal, onProgress: (sent, total) => queue.update(id, { upload: { status: 'uploading', sent, total } }) });
      queue.update(id, { upload });
      if (upload.status !== 'done') return null;
      url = upload.url;
    }
    urls = [url];
  } else {
    urls = typedUrls(row);
    if (urls.length === 0) throw new Error(translate('os.drop.noUrls'));
  }
  const done = queue.get(id)!.urlChecks;
  const unchecked = urls.filter((u) => done[u]?.status !== 'ok');
  const verdicts = await checkUrls(queue, id, unchecked, commitment, row.hosting === 'urls');
  return verdicts.every((v) => v.status === 'ok') ? urls : null;
}

export interface AddContext {
  client: RegistryClient;
  signCommitment: RegistryScope['signCommitment'];
  bucket: UploadBucket | null;
}

/** Hosts, checks, signs and adds one hashed row; true when the registry recorded it. */
export async function addRow(ctx: AddContext, queue: AssetQueue, id: number): Promise<boolean> {
  const row = queue.get(id);
  if (!row || row.hash.status !== 'ok' || row.add.status === 'running' || row.add.status === 'done') return false;
  const { commitment } = row.hash;
  queue.update(id, { add: { status: 'running' } });
  try {
    const urls = await host(queue, id, commitment, ctx.bucket);
    if (urls === null) {
      queue.update(id, { add: { status: 'failed', error: new Error(translate('os.drop.hostingFailed')) } });
      return false;
    }
    const { version, platform, type } = queue.get(id)!;
    for (const url of urls) await addAssetUrl(ctx, { version, platform, type, commitment, url });
    queue.update(id, { add: { status: 'done', urls } });
    return true;
  } catch (error) {
    queue.update(id, { add: { status: 'failed', error } });
    return false;
  }
}
