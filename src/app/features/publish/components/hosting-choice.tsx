/**
 * @module
 * Where the registry will download a file from: an upload to the configured bucket, or URLs
 * where it already lives, each checked from the browser (HEAD, then the header's commitment).
 */
import { Button, Spinner } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { HostingFieldset } from '../../../components/hosting-fieldset.tsx';
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
  const t = useT();
  const fixed = row.upload.status !== 'idle' && row.upload.status !== 'aborted';
  return (
    <HostingFieldset
      hosting={row.hosting}
      disabled={fixed || row.add.status === 'registry' || row.add.status === 'done'}
      stored={stored}
      locked={locked}
      urlsText={row.urlsText}
      urlsLabel={t('publish.hosting.urlsLabel', { file: row.file.name })}
      onHosting={onHosting}
      onUrls={onUrls}
    >
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
    </HostingFieldset>
  );
}
