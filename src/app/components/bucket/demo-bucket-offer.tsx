/**
 * @module
 * Demo mode only: one click stores and unlocks the local bucket `npm start` created, instead
 * of typing its endpoint, bucket, public URL, keys and a passphrase.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorView } from '../error-view.tsx';
import { Button } from '../ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';
import { DEMO_PASSPHRASE, useDemoConfig } from '../../lib/demo.ts';
import { storedBucketOptions } from '../../lib/publishing/stored-bucket.ts';
import type { BucketSession, StoredBucket } from '../../lib/publishing/bucket-settings.ts';
import { offersDemoBucket, saveDemoBucket } from '../../lib/publishing/demo-bucket.ts';

export function DemoBucketOffer({ stored, session }: { stored: StoredBucket | null; session: BucketSession | null }) {
  const t = useT();
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
        <Trans
          k="publish.demo.about"
          values={{ command: 'npm start', bucket: demo.bucket.bucket, endpoint: demo.bucket.endpoint, passphrase: DEMO_PASSPHRASE, mono: (chunks) => <span className="font-mono">{chunks}</span> }}
        />
      </p>
      <div>
        <Button tone="primary" onClick={() => use.mutate()} disabled={use.isPending}>
          {use.isPending ? t('publish.bucket.encrypting') : t('publish.demo.use')}
        </Button>
      </div>
      {use.isError && <ErrorView error={use.error} />}
    </div>
  );
}
