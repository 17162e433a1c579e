/**
 * @module
 * The S3-compatible bucket uploads go to (design.md §4.3 step 4): endpoint, region, bucket,
 * addressing style, public base URL and key template are stored in IndexedDB as they are; the
 * access key id and secret only sealed under a passphrase (secret-box.ts). Unlocked
 * credentials live in this module's memory for the session and are never persisted, and are
 * forgotten when the key locks (by hand or by its idle lock, app/lib/vault/idle-lock.ts): the
 * bucket is only usable on the publish page, which needs the key anyway.
 */
import { del, get, set } from 'idb-keyval';
import type { S3Credentials, S3Target } from '../../../core/s3/s3-target.ts';
import { createStore, useStore } from '../create-store.ts';
import { onSessionLock } from '../vault-session.ts';
import type { UploadBucket } from './upload.ts';
import { openSecret, sealSecret, type SealedSecret } from './secret-box.ts';

export interface StoredBucket {
  target: S3Target;
  /** `{accessKeyId, secretAccessKey}` as JSON, sealed. */
  sealed: SealedSecret;
  savedAt: string;
}

const KEY = 'publish.bucket.v1';
const aadOf = (t: S3Target) => `registry-console/bucket/v1 ${t.endpoint} ${t.bucket}`;

export async function loadBucket(): Promise<StoredBucket | null> {
  return ((await get(KEY)) as StoredBucket | undefined) ?? null;
}

/** Seals the credentials and stores everything; the credentials stay unlocked. */
export async function saveBucket(target: S3Target, credentials: S3Credentials, passphrase: string, iterations?: number): Promise<StoredBucket> {
  const sealed = await sealSecret(JSON.stringify(credentials), passphrase, aadOf(target), iterations);
  const stored: StoredBucket = { target, sealed, savedAt: new Date().toISOString() };
  await set(KEY, stored);
  setSession({ target, credentials });
  return stored;
}

export async function forgetBucket(): Promise<void> {
  await del(KEY);
  setSession(null);
}

/**
 * Decrypts the stored credentials into memory.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE`, `VAULT_CORRUPT`, `VAULT_BAD_RECORD`, `VAULT_NOT_FOUND`.
 */
export async function unlockBucket(stored: StoredBucket, passphrase: string): Promise<void> {
  const plain = await openSecret(stored.sealed, passphrase, aadOf(stored.target));
  const c = JSON.parse(plain) as S3Credentials;
  setSession({ target: stored.target, credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey } });
}

export function lockBucket(): void {
  setSession(null);
}

/** The bucket ready to upload to: its target and decrypted credentials. */
export type BucketSession = UploadBucket;

const session = createStore<BucketSession | null>(null);
const setSession = (s: BucketSession | null) => session.set(s);
onSessionLock(lockBucket);

export function currentBucket(): BucketSession | null {
  return session.get();
}

export function useBucketSession(): BucketSession | null {
  return useStore(session);
}
