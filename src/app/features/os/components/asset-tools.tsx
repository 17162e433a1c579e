/**
 * @module
 * The page-wide part of managing images, for admins and signers: which key signs, and the
 * upload bucket (the same settings the publish page uses).
 */
import { ActingKey } from '../../../components/acting-key.tsx';
import { BucketPanel } from '../../../components/bucket/bucket-panel.tsx';
import { useBucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { useStoredBucket } from '../../../lib/publishing/stored-bucket.ts';

export function AssetTools() {
  const stored = useStoredBucket();
  const session = useBucketSession();
  return (
    <div className="flex flex-col gap-2">
      <ActingKey />
      <BucketPanel stored={stored} session={session} />
    </div>
  );
}
