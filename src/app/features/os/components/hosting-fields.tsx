/**
 * @module
 * Where the registry's users will download an image from: an upload to the bucket (set up and
 * unlocked on this page), or URLs where it already lives — each of those is downloaded and
 * hashed in the browser before anything is signed. Each URL's check shows as it runs.
 */
import { useId } from 'react';
import { useT } from '../../../i18n/i18n.ts';
import type { StoredBucket } from '../../../lib/publishing/bucket-settings.ts';
import { typedUrls } from '../../../lib/row-queue.ts';
import type { AssetRow } from '../lib/asset-queue.ts';
import { verdictText } from '../lib/verdict-text.ts';
import { ProgressLine } from './progress-line.tsx';

export function HostingFields({
  row,
  stored,
  locked,
  disabled,
  onHosting,
  onUrls,
}: {
  row: AssetRow;
  stored: StoredBucket | null;
  locked: boolean;
  disabled: boolean;
  onHosting: (h: AssetRow['hosting']) => void;
  onUrls: (text: string) => void;
}) {
  const t = useT();
  const id = useId();
  const uploaded = row.upload.status !== 'idle' && row.upload.status !== 'aborted';
  const checks = Object.entries(row.urlChecks);
  return (
    <div className="flex flex-col gap-2">
      <fieldset className="flex flex-col gap-2" disabled={disabled || uploaded}>
        <legend className="text-sm font-medium">{t('publish.hosting.legend')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <label className="flex items-center gap-1.5">
            <input type="radio" name={`${id}-hosting`} checked={row.hosting === 'bucket'} onChange={() => onHosting('bucket')} />
            {stored ? t('os.drop.toBucket', { bucket: stored.target.bucket }) : t('os.drop.toBucketNone')}
            {stored && locked && <span className="text-xs text-slate-600 dark:text-slate-400">{t('publish.hosting.locked')}</span>}
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name={`${id}-hosting`} checked={row.hosting === 'urls'} onChange={() => onHosting('urls')} />
            {t('publish.hosting.urls')}
          </label>
        </div>
        {row.hosting === 'urls' && (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-urls`} className="text-xs text-slate-600 dark:text-slate-400">
              {t('os.drop.urlsLabel', { file: row.file.name })}
            </label>
            <textarea
              id={`${id}-urls`}
              rows={2}
              value={row.urlsText}
              onChange={(e) => onUrls(e.target.value)}
              className="rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
            />
            {typedUrls(row).length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">{t('os.drop.urlsHint')}</p>}
          </div>
        )}
      </fieldset>
      {checks.length > 0 && (
        <ul className="flex flex-col gap-1 text-xs" aria-label={t('os.drop.checks', { file: row.file.name })}>
          {checks.map(([u, c]) => (
            <li key={u} className={c.status === 'ok' ? 'text-emerald-800 dark:text-emerald-300' : c.status === 'checking' ? '' : 'text-red-700 dark:text-red-400'}>
              <span className="break-all font-mono">{u}</span>
              {c.status === 'checking' ? <ProgressLine label={t('os.drop.checking', { url: u })} progress={c.progress} /> : `: ${verdictText(c, t)}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
