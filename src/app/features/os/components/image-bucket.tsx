/**
 * @module
 * The upload bucket where a release's images go (the same settings the publish page uses),
 * shown with that release's drop area: one line once it is saved, a "Set up" button before.
 */
import { BucketPanel } from '../../../components/bucket/bucket-panel.tsx';
import { useBucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { useStoredBucket } from '../../../lib/publishing/stored-bucket.ts';

export function ImageBucket() {
  const stored = useStoredBucket();
  const session = useBucketSession();
  return <BucketPanel inline stored={stored} session={session} />;
}
