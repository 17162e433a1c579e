/**
 * @module
 * Demo mode: the local bucket `npm start` created (config.json's `demo.bucket`), as the
 * bucket settings the publish page stores, sealed under the demo passphrase like the demo key.
 */
import { DEFAULT_KEY_TEMPLATE, validateTarget, type S3Credentials, type S3Target } from '../../../core/s3/s3-target.ts';
import { DEMO_PASSPHRASE, type DemoConfig } from '../demo.ts';
import { saveBucket, type BucketSession, type StoredBucket } from './bucket-settings.ts';

export type DemoBucket = NonNullable<DemoConfig['bucket']>;

/**
 * The demo bucket as an upload target and its credentials.
 * @throws CoreError `S3_CONFIG` naming a bad field.
 */
export function demoBucketSettings(b: DemoBucket): { target: S3Target; credentials: S3Credentials } {
  const target = validateTarget({
    endpoint: b.endpoint,
    region: b.region,
    bucket: b.bucket,
    pathStyle: b.pathStyle,
    publicBaseUrl: b.publicUrl,
    keyTemplate: DEFAULT_KEY_TEMPLATE,
  });
  return { target, credentials: { accessKeyId: b.accessKeyId, secretAccessKey: b.secretAccessKey } };
}

/**
 * Whether to offer "Use the demo bucket": while no bucket is unlocked, and unless the stored
 * bucket is another one (the user's own settings are never replaced by a click).
 */
export function offersDemoBucket(b: DemoBucket, stored: StoredBucket | null, session: BucketSession | null): boolean {
  if (session) return false;
  if (!stored) return true;
  const { target } = demoBucketSettings(b);
  return stored.target.endpoint === target.endpoint && stored.target.bucket === target.bucket;
}

/** Stores the demo bucket (sealed under the demo passphrase) and unlocks it for the session. */
export async function saveDemoBucket(b: DemoBucket, iterations?: number): Promise<StoredBucket> {
  const { target, credentials } = demoBucketSettings(b);
  return saveBucket(target, credentials, DEMO_PASSPHRASE, iterations);
}
