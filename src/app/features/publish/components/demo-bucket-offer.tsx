/**
 * @module
 * Demo mode only: one click stores and unlocks the local bucket `npm start` created, instead
 * of typing its endpoint, bucket, public URL, keys and a passphrase.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button } from '../../../components/ui.tsx';
import { DEMO_PASSPHRASE, useDemoConfig } from '../../../lib/demo.ts';
import { storedBucketOptions } from '../api/use-publish.ts';
import type { BucketSession, StoredBucket } from '../lib/bucket-settings.ts';
import { offersDemoBucket, saveDemoBucket } from '../lib/demo-bucket.ts';

export function DemoBucketOffer({ stored, session }: { stored: StoredBucket | null; session: BucketSession | null }) {
  const demo = useDemoConfig();
  const qc = useQueryClient();
  const use = useMutation({
    // no variables: the secret comes from the demo configuration, not from the cache
    mutationFn: async () => {
      if (!demo?.bucket) throw new Error('demo mode is off');
      await saveDemoBucket(demo.bucket);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: storedBucketOptions().queryKey }),
  });
  if (!demo?.bucket || !offersDemoBucket(demo.bucket, stored, session)) return null;
  return (
    <div className="mb-3 flex flex-col gap-2 rounded-md border border-amber-300 p-3 text-sm dark:border-amber-700">
      <p>
        Demo mode: <code>npm start</code> created the bucket <span className="font-mono">{demo.bucket.bucket}</span> at{' '}
        <span className="font-mono">{demo.bucket.endpoint}</span>. Its keys are stored encrypted with the passphrase <code>{DEMO_PASSPHRASE}</code>.
      </p>
      <div>
        <Button tone="primary" onClick={() => use.mutate()} disabled={use.isPending}>
          {use.isPending ? 'Encrypting…' : 'Use the demo bucket'}
        </Button>
      </div>
      {use.isError && <ErrorView error={use.error} />}
    </div>
  );
}
