/**
 * @module
 * Resume state of multipart uploads in IndexedDB, keyed by the file's identity (name, size,
 * modification time, commitment) and where it goes (endpoint, bucket, object key), so a
 * paused or network-interrupted upload continues without re-sending finished parts, even
 * after a reload. Holds no secret: upload id, part numbers and ETags only.
 */
import { del, get, set } from 'idb-keyval';
import type { UploadState } from '../../../core/s3/multipart.ts';
import type { S3Target } from '../../../core/s3/s3-target.ts';
import type { Blake3CommitmentWire, MerkleArchiveCommitmentWire } from '../../../core/sign/commitment.ts';

export interface FileIdentity {
  name: string;
  size: number;
  lastModified: number;
  /** An archive's (s9pk) or an OS image's (BLAKE3) commitment. */
  commitment: MerkleArchiveCommitmentWire | Blake3CommitmentWire;
}

/** The commitment's two facts, in the order the key has always carried them. */
const commitmentParts = (c: FileIdentity['commitment']) => ('rootSighash' in c ? [c.rootSighash, c.rootMaxsize] : [c.hash, c.size]);

/** The IndexedDB key of one upload. */
export function resumeKey(file: FileIdentity, target: Pick<S3Target, 'endpoint' | 'bucket'>, objectKey: string): string {
  return ['upload.v1', target.endpoint, target.bucket, objectKey, file.name, file.size, file.lastModified, ...commitmentParts(file.commitment)].join('|');
}

export async function loadResume(key: string): Promise<UploadState | null> {
  return ((await get(key)) as UploadState | undefined) ?? null;
}

export function saveResume(key: string, state: UploadState): Promise<void> {
  return set(key, structuredClone(state));
}

export function clearResume(key: string): Promise<void> {
  return del(key);
}
