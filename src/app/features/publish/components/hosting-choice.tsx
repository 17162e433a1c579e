/**
 * @module
 * Where the registry will download a file from: an upload to the configured bucket, or URLs
 * where it already lives, each checked from the browser (HEAD, then the header's commitment).
 */
import { useId } from 'react';
import { Button, Spinner } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';
import type { StoredBucket } from '../../../lib/publishing/bucket-settings.ts';
import { describeUrlCheck } from '../../../lib/publishing/describe.ts';
import { typedUrls, type PublishRow } from '../lib/publish-queue.ts';

const TONE = { green: 'text-emerald-800 dark:text-emerald-300', amber: 'text-amber-800 dark:text-amber-300', red: 'text-red-700 dark:text-red-400', blue: '', neutral: '' };

export function HostingChoice({
  row,
  stored,
  locked,
  onHosting,
  onUrls,
  onCheck,
}: {
  row: PublishRow;
  stored: StoredBucket | null;
  locked: boolean;
  onHosting: (h: 'bucket' | 'urls') => void;
  onUrls: (text: string) => void;
  onCheck: () => void;
}) {
  const id = useId();
  const t = useT();
  const fixed = row.upload.status !== 'idle' && row.upload.status !== 'aborted';
  return (
    <fieldset className="flex flex-col gap-2" disabled={fixed || row.add.status === 'registry' || row.add.status === 'done'}>
      <legend className="text-sm font-medium">{t('publish.hosting.legend')}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <label className="flex items-center gap-1.5">
          <input type="radio" name={`${id}-hosting`} checked={row.hosting === 'bucket'} onChange={() => onHosting('bucket')} />
          {stored ? (
            <Trans k="publish.hosting.uploadTo" values={{ bucket: stored.target.bucket, mono: (chunks) => <span className="font-mono">{chunks}</span> }} />
          ) : (
            t('publish.hosting.uploadToBucket')
          )}
          {!stored && <span className="text-xs text-slate-600 dark:text-slate-400"> {t('publish.hosting.setUpAbove')}</span>}
          {stored && locked && <span className="text-xs text-slate-600 dark:text-slate-400"> {t('publish.hosting.locked')}</span>}
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" name={`${id}-hosting`} checked={row.hosting === 'urls'} onChange={() => onHosting('urls')} />
          {t('publish.hosting.urls')}
        </label>
      </div>
      {row.hosting === 'urls' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-urls`} className="text-xs text-slate-600 dark:text-slate-400">
            {t('publish.hosting.urlsLabel', { file: row.file.name })}
          </label>
          <textarea
            id={`${id}-urls`}
            rows={2}
            value={row.urlsText}
            onChange={(e) => onUrls(e.target.value)}
            className="rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          />
          <div>
            <Button onClick={onCheck} disabled={typedUrls(row).length === 0}>
              {t('publish.hosting.check')}
            </Button>
          </div>
          <ul className="flex flex-col gap-1 text-xs">
            {typedUrls(row).map((u) => {
              const c = row.urlChecks[u];
              if (!c) return null;
              if (c.status === 'checking') return <li key={u}><Spinner label={t('publish.hosting.checking', { url: u })} /></li>;
              const d = describeUrlCheck(c, t);
              return (
                <li key={u} className={TONE[d.tone]}>
                  <span className="break-all font-mono">{u}</span>: {d.text}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
