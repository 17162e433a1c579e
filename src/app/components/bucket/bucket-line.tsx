/**
 * @module
 * A saved bucket, folded into one line: "Bucket: <bucket> at <endpoint>", whether it is
 * unlocked, Lock, and Change, which opens the settings form in place (Escape or Cancel give
 * the focus back to Change). A locked bucket shows its passphrase field on the line too.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Button, focusRing } from '../ui.tsx';
import { InlinePanel } from '../inline-panel.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';
import { storedBucketOptions } from '../../lib/publishing/stored-bucket.ts';
import { forgetBucket, lockBucket, type BucketSession, type StoredBucket } from '../../lib/publishing/bucket-settings.ts';
import { SettingsForm, UnlockForm } from './bucket-forms.tsx';

const mono = (chunks: ReactNode[]) => <span className="font-mono">{chunks}</span>;

export function BucketLine({
  stored,
  session,
  takeFocus = false,
  onForgotten,
}: {
  stored: StoredBucket;
  session: BucketSession | null;
  /** Focus the line when it appears (it has just replaced the form that saved it). */
  takeFocus?: boolean;
  /** After Forget: the line is gone, the caller places the focus. */
  onForgotten: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) line.current?.focus();
  }, [takeFocus]);
  const { bucket, endpoint } = stored.target;
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <p ref={line} tabIndex={-1} className={`break-all rounded ${focusRing}`}>
          <Trans k="publish.bucket.line" values={{ bucket, endpoint, mono }} />
          {' · '}
          {session ? <span className="text-emerald-800 dark:text-emerald-300">{t('publish.bucket.unlocked')}</span> : t('publish.bucket.locked')}
        </p>
        {session && (
          <Button onClick={lockBucket}>
            {t('publish.bucket.lock')}
          </Button>
        )}
        <InlinePanel label={t('publish.bucket.change')} name={t('publish.bucket.changeName')} title={t('publish.bucket.settings')}>
          {(close) => (
            <>
              <SettingsForm initial={stored.target} onDone={close} />
              <div>
                <Button
                  tone="ghost"
                  onClick={async () => {
                    await forgetBucket();
                    await qc.invalidateQueries({ queryKey: storedBucketOptions().queryKey });
                    onForgotten();
                  }}
                >
                  {t('publish.bucket.forget')}
                </Button>
              </div>
            </>
          )}
        </InlinePanel>
      </div>
      {!session && <UnlockForm stored={stored} />}
    </div>
  );
}
