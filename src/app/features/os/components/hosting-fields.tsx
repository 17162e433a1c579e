/**
 * @module
 * Where the registry's users will download an image from: the shared bucket-or-URLs choice
 * (the bucket is set up and unlocked on this page); typed URLs are downloaded and hashed in
 * the browser before anything is signed. Each URL's check shows as it runs.
 */
import { HostingFieldset } from '../../../components/hosting-fieldset.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { StoredBucket } from '../../../lib/publishing/bucket-settings.ts';
import { typedUrls } from '../../../lib/row-queue.ts';
import type { AssetRow } from '../lib/asset-queue.ts';
import { verdictText } from '../lib/verdict-text.ts';
import { ProgressLine } from './progress-line.tsx';

const TONE = { checking: '', ok: 'text-emerald-800 dark:text-emerald-300', other: 'text-red-700 dark:text-red-400' };

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
  const uploaded = row.upload.status !== 'idle' && row.upload.status !== 'aborted';
  const checks = Object.entries(row.urlChecks);
  return (
    <div className="flex flex-col gap-2">
      <HostingFieldset
        hosting={row.hosting}
        disabled={disabled || uploaded}
        stored={stored}
        locked={locked}
        urlsText={row.urlsText}
        urlsLabel={t('os.drop.urlsLabel', { file: row.file.name })}
        onHosting={onHosting}
        onUrls={onUrls}
      >
        {typedUrls(row).length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">{t('os.drop.urlsHint')}</p>}
      </HostingFieldset>
      {checks.length > 0 && (
        <ul className="flex flex-col gap-1 text-xs" aria-label={t('os.drop.checks', { file: row.file.name })}>
          {checks.map(([u, c]) => (
            <li key={u} className={TONE[c.status === 'checking' || c.status === 'ok' ? c.status : 'other']}>
              <span className="break-all font-mono">{u}</span>
              {c.status === 'checking' ? <ProgressLine label={t('os.drop.checking', { url: u })} progress={c.progress} /> : `: ${verdictText(c, t)}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
