/**
 * @module
 * Where the registry's users will download a file from: an upload to the configured bucket,
 * or URLs where it already lives (typed one per line). The caller adds what goes under the
 * URLs (their checks). Shared by publishing packages and adding OS images.
 */
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Trans } from '../i18n/trans.tsx';
import type { StoredBucket } from '../lib/publishing/bucket-settings.ts';

export function HostingFieldset({
  hosting,
  disabled,
  stored,
  locked,
  urlsText,
  urlsLabel,
  onHosting,
  onUrls,
  children,
}: {
  hosting: 'bucket' | 'urls';
  disabled: boolean;
  stored: StoredBucket | null;
  locked: boolean;
  urlsText: string;
  urlsLabel: string;
  onHosting: (h: 'bucket' | 'urls') => void;
  onUrls: (text: string) => void;
  /** Shown under the URLs while they are chosen. */
  children?: ReactNode;
}) {
  const id = useId();
  const t = useT();
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="text-sm font-medium">{t('publish.hosting.legend')}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <label className="flex items-center gap-1.5">
          <input type="radio" name={`${id}-hosting`} checked={hosting === 'bucket'} onChange={() => onHosting('bucket')} />
          {stored ? (
            <Trans k="publish.hosting.uploadTo" values={{ bucket: stored.target.bucket, mono: (chunks) => <span className="font-mono">{chunks}</span> }} />
          ) : (
            t('publish.hosting.uploadToBucket')
          )}
          {!stored && <span className="text-xs text-slate-600 dark:text-slate-400"> {t('publish.hosting.setUpAbove')}</span>}
          {stored && locked && <span className="text-xs text-slate-600 dark:text-slate-400"> {t('publish.hosting.locked')}</span>}
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" name={`${id}-hosting`} checked={hosting === 'urls'} onChange={() => onHosting('urls')} />
          {t('publish.hosting.urls')}
        </label>
      </div>
      {hosting === 'urls' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-urls`} className="text-xs text-slate-600 dark:text-slate-400">
            {urlsLabel}
          </label>
          <textarea
            id={`${id}-urls`}
            rows={2}
            value={urlsText}
            onChange={(e) => onUrls(e.target.value)}
            className="rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          />
          {children}
        </div>
      )}
    </fieldset>
  );
}
