import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE } from '../demo.ts';
import { lockSession } from '../vault-session.ts';
import { currentBucket, forgetBucket, loadBucket, saveBucket, unlockBucket } from './bucket-settings.ts';
import { offersDemoBucket, saveDemoBucket, type DemoBucket } from './demo-bucket.ts';

const FAST = 1000; // tests only; the console uses 600 000
const demo: DemoBucket = {
  endpoint: 'http://127.0.0.1:4568/',
  region: 'us-east-1',
  bucket: 'packages',
  pathStyle: true,
  publicUrl: 'http://127.0.0.1:4568/packages/',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
};

afterEach(async () => {
  lockSession();
  await forgetBucket();
});

describe('demo bucket', () => {
  it('is stored sealed under the demo passphrase and unlocked at once', async () => {
    const stored = await saveDemoBucket(demo, FAST);
    // URLs normalised as the settings form does, objects named like start-cli s9pk publish
    expect(stored.target).toMatchObject({ endpoint: 'http://127.0.0.1:4568', publicBaseUrl: 'http://127.0.0.1:4568/packages', keyTemplate: '{id}/{version}/{filename}' });
    expect(currentBucket()?.credentials).toEqual({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    expect(JSON.stringify(await loadBucket())).not.toContain('S3RVER');
    await forgetBucket();
    await unlockBucket(stored, DEMO_PASSPHRASE);
    expect(currentBucket()?.target.bucket).toBe('packages');
  });

  it('is offered while locked, and never over a different stored bucket', async () => {
    expect(offersDemoBucket(demo, null, null)).toBe(true);
    const stored = await saveDemoBucket(demo, FAST);
    expect(offersDemoBucket(demo, stored, currentBucket())).toBe(false);
    expect(offersDemoBucket(demo, stored, null)).toBe(true);
    const own = await saveBucket({ ...stored.target, bucket: 'releases' }, { accessKeyId: 'A', secretAccessKey: 'B' }, 'my own passphrase', FAST);
    expect(offersDemoBucket(demo, own, null)).toBe(false);
  });
});
