/**
 * @module
 * The upload bucket where a release's images go (the same settings the publish page uses),
 * shown with each release's drop area: one line once it is saved, a "Set up" button before.
 * Demo mode's "Use the demo bucket" shows once for the page, above the releases.
 */
import { BucketPanel } from '../../../components/bucket/bucket-panel.tsx';
import { DemoBucketSlot } from '../../../components/bucket/demo-bucket-slot.tsx';
import { useBucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { useStoredBucket } from '../../../lib/publishing/stored-bucket.ts';

export function ImageBucket() {
  const stored = useStoredBucket();
  const session = useBucketSession();
  return <BucketPanel inline stored={stored} session={session} demoOffer={false} />;
}

/** The page's one "Use the demo bucket" (demo mode only, until a bucket is unlocked). */
export function ImageBucketDemoOffer() {
  const stored = useStoredBucket();
  const session = useBucketSession();
  return <DemoBucketSlot stored={stored} session={session} />;
}
