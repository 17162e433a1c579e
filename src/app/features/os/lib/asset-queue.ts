/**
 * @module
 * Image files dropped onto releases, one row each with the state of every step (hash, hosting,
 * URL checks, upload, registry add) in a row queue (app/lib/row-queue.ts). One queue per registry, kept for the session: leaving the page and coming
 * back finds the same rows, and a failed step keeps what the earlier ones produced.
 */
import type { OsAssetType } from '../../../../core/registry/os-release.ts';
import type { Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import type { Progress } from '../../../../worker/client.ts';
import { RowQueue } from '../../../lib/row-queue.ts';
import type { UploadStep } from '../../../lib/publishing/upload.ts';
import type { UrlVerdictState } from '../api/verify-asset-url.ts';

export type HashStep =
  | { status: 'running'; progress: Progress | null }
  | { status: 'ok'; commitment: Blake3CommitmentWire }
  | { status: 'failed'; error: unknown }
  | { status: 'cancelled' };

export type AddStep =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; urls: string[] }
  | { status: 'failed'; error: unknown };

export interface AssetRow {
  id: number;
  /** The release the file was dropped on. */
  version: string;
  file: File;
  type: OsAssetType;
  /** Guessed from the file name, changeable until the add; empty when nothing was guessed. */
  platform: string;
  hash: HashStep;
  hosting: 'bucket' | 'urls';
  /** URLs typed for `hosting: 'urls'`, one per line. */
  urlsText: string;
  urlChecks: Record<string, UrlVerdictState>;
  upload: UploadStep;
  add: AddStep;
}

export class AssetQueue extends RowQueue<AssetRow, 'hash' | 'upload' | 'urls'> {
  add(init: Pick<AssetRow, 'version' | 'file' | 'type' | 'platform' | 'hosting'>): AssetRow {
    return this.push((id) => ({ ...init, id, hash: { status: 'running', progress: null }, urlsText: '', urlChecks: {}, upload: { status: 'idle' }, add: { status: 'idle' } }));
  }
}

const queues = new Map<string, AssetQueue>();

/** The asset queue of a registry (created on first use, kept for the session). */
export function assetQueueFor(registryUrl: string): AssetQueue {
  let q = queues.get(registryUrl);
  if (!q) queues.set(registryUrl, (q = new AssetQueue()));
  return q;
}
