/**
 * @module
 * The full verification of a file: progress with cancel, the verdict, or the precise reason a
 * file is rejected (wrong magic, v1, zip, bad signature, hash mismatch at a path, truncated).
 */
import type { PublishRow } from '../lib/publish-queue.ts';
import { describeFileError } from '../../../lib/publishing/describe.ts';
import { formatBytes } from '../lib/format.ts';
import { Button, Spinner } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { ProgressBar } from '../../../components/progress-bar.tsx';

function Rejected({ error }: { error: unknown }) {
  const t = useT();
  const d = describeFileError(error, t);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">{t('publish.verify.rejected', { reason: d.title })}</p>
      {d.details && <p className="mt-0.5 break-words font-mono text-xs opacity-90">{d.details}</p>}
      <p className="mt-0.5 text-xs">{t('publish.verify.notSent')}</p>
    </div>
  );
}

export function VerifyStatus({ row, onCancel, onRetry }: { row: PublishRow; onCancel: () => void; onRetry: () => void }) {
  const t = useT();
  if (row.inspect.status === 'running') return <Spinner label={t('publish.verify.reading')} />;
  if (row.inspect.status === 'failed') return <Rejected error={row.inspect.error} />;
  const v = row.verify;
  switch (v.status) {
    case 'waiting':
      return <Spinner label={t('publish.verify.waiting')} />;
    case 'running':
      return (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{t('publish.verify.running')}</span>
          <ProgressBar
            label={t('publish.verify.progressOf', { file: row.file.name })}
            done={v.progress?.done ?? 0}
            total={v.progress?.total ?? 1}
            text={v.progress ? t('publish.status.bytesOf', { done: formatBytes(v.progress.done), total: formatBytes(v.progress.total) }) : t('publish.verify.starting')}
          />
          <Button onClick={onCancel} aria-label={t('publish.verify.cancelOf', { file: row.file.name })}>
            {t('common.cancel')}
          </Button>
        </div>
      );
    case 'ok':
      return (
        <p className="text-sm text-emerald-800 dark:text-emerald-300">
          ✓ {t('publish.verify.ok', { files: v.result.files, size: formatBytes(v.result.bytes) })}
        </p>
      );
    case 'failed':
      return <Rejected error={v.error} />;
    case 'cancelled':
      return (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {t('publish.verify.cancelled')}
          <Button onClick={onRetry}>{t('publish.verify.again')}</Button>
        </p>
      );
  }
}
