/**
 * @module
 * The upload bucket: its settings form, unlock for the session, lock, forget.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { DEFAULT_CONCURRENCY } from '../../../core/s3/upload-parts.ts';
import { Button, Panel } from '../ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';
import { storedBucketOptions } from '../../lib/publishing/stored-bucket.ts';
import { DEMO_ALLOWED } from '../../lib/demo.ts';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { forgetBucket, lockBucket, type BucketSession, type StoredBucket } from '../../lib/publishing/bucket-settings.ts';
import { SettingsForm, UnlockForm } from './bucket-forms.tsx';

// Behind `import.meta.env.DEV` itself (a literal at build time): builds drop the import, so no
// demo bucket code or demo passphrase ships.
const DemoBucketOffer = import.meta.env.DEV ? lazyComponent(() => import('./demo-bucket-offer.tsx').then((m) => m.DemoBucketOffer)) : null;

export function BucketPanel({ stored, session }: { stored: StoredBucket | null; session: BucketSession | null }) {
  const [editing, setEditing] = useState(false);
  const qc = useQueryClient();
  const t = useT();
  const target = stored?.target;
  return (
    <Panel title={t('publish.bucket.title')}>
      {DEMO_ALLOWED && DemoBucketOffer && !editing && (
        <Suspense fallback={null}>
          <DemoBucketOffer stored={stored} session={session} />
        </Suspense>
      )}
      {!stored || editing ? (
        <>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            <Trans k="publish.bucket.about" values={{ command: 'start-cli s9pk publish' }} />
          </p>
          <SettingsForm initial={editing ? (target ?? null) : null} onDone={() => setEditing(false)} />
        </>
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <p className="break-all">
            <Trans
              k="publish.bucket.summary"
              values={{
                bucket: target!.bucket,
                endpoint: target!.endpoint,
                style: target!.pathStyle ? 'path' : 'virtual',
                publicBaseUrl: target!.publicBaseUrl,
                keyTemplate: target!.keyTemplate,
                parts: target!.partConcurrency ?? DEFAULT_CONCURRENCY,
                mono: (chunks) => <span className="font-mono">{chunks}</span>,
              }}
            />{' '}
            {session ? <span className="text-emerald-800 dark:text-emerald-300">{t('publish.bucket.unlocked')}</span> : t('publish.bucket.locked')}
          </p>
          {!session && <UnlockForm stored={stored} />}
          <div className="flex flex-wrap gap-2">
            {session && <Button onClick={lockBucket}>{t('publish.bucket.lock')}</Button>}
            <Button onClick={() => setEditing(true)}>{t('publish.bucket.change')}</Button>
            <Button
              tone="ghost"
              onClick={async () => {
                await forgetBucket();
                await qc.invalidateQueries({ queryKey: storedBucketOptions().queryKey });
              }}
            >
              {t('publish.bucket.forget')}
            </Button>
          </div>
        </div>
      )}
    </Panel>
  );
}
