/**
 * @module
 * The publishing steps of one row and their controls: upload progress with pause / resume /
 * abort, the registry-side phase with elapsed time, the result, and retry after a failure
 * (which never uploads again once the file is in the bucket).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isCoreError } from '../../../../core/errors.ts';
import { corsRuleFor } from '../../../../core/s3/s3-target.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Spinner } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';
import { outcomeText } from '../lib/outcome.ts';
import { formatBytes, formatDuration } from '../lib/format.ts';
import type { PublishRow } from '../lib/publish-queue.ts';
import { ProgressBar } from '../../../components/progress-bar.tsx';

function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return <span className="tabular-nums">{formatDuration((now - since) / 1000)}</span>;
}

function CorsHelp() {
  const rule = corsRuleFor(location.origin);
  const t = useT();
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs dark:border-amber-800 dark:bg-amber-950">
      <p>{t('publish.status.corsHelp', { origin: location.origin })}</p>
      <pre className="mt-1 max-h-48 overflow-auto whitespace-pre rounded bg-white p-2 dark:bg-slate-900">{rule}</pre>
      <CopyButton value={rule} what={t('publish.status.corsRule')} />
    </div>
  );
}

export interface PublishActions {
  publish: () => void;
  pause: () => void;
  abortUpload: () => void;
}

export function PublishStatus({
  row,
  blocked,
  refused,
  packageHref,
  actions,
}: {
  row: PublishRow;
  blocked: string | null;
  /** The pre-flight blocks the file: no button at all (it could only fail). */
  refused: boolean;
  packageHref: string;
  actions: PublishActions;
}) {
  const { upload, add } = row;
  const name = row.file.name;
  const t = useT();
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {upload.status === 'uploading' && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{t('publish.status.uploading')}</span>
          <ProgressBar label={t('publish.status.uploadOf', { file: name })} done={upload.sent} total={upload.total} text={t('publish.status.bytesOf', { done: formatBytes(upload.sent), total: formatBytes(upload.total) })} />
          <Button onClick={actions.pause}>{t('publish.status.pause')}</Button>
          <Button tone="danger" onClick={actions.abortUpload}>{t('publish.status.abort')}</Button>
        </div>
      )}
      {upload.status === 'paused' && (
        <div className="flex flex-col gap-1 text-sm">
          <p>{t('publish.status.paused', { sent: formatBytes(upload.sent), total: formatBytes(upload.total), network: upload.error ? 'yes' : 'no' })}</p>
          {upload.error !== null && <p className="font-mono text-xs text-slate-600 dark:text-slate-400">{(upload.error as Error).message}</p>}
          <div className="flex flex-wrap gap-2">
            <Button tone="primary" onClick={actions.publish}>{t('publish.status.resume')}</Button>
            <Button tone="danger" onClick={actions.abortUpload}>{t('publish.status.abort')}</Button>
          </div>
        </div>
      )}
      {upload.status === 'failed' && (
        <>
          <ErrorView error={upload.error} />
          {isCoreError(upload.error, 'S3_NETWORK') && <CorsHelp />}
        </>
      )}
      {upload.status === 'aborting' && <Spinner label={t('publish.status.aborting')} />}
      {upload.status === 'aborted' && <p className="text-sm">{upload.note ? t('publish.status.abortedNote', { note: upload.note }) : t('publish.status.aborted')}</p>}
      {upload.status === 'done' && add.status !== 'done' && <p className="break-all text-sm"><Trans k="publish.status.uploadedTo" values={{ url: upload.url, mono: (chunks) => <span className="font-mono text-xs">{chunks}</span> }} /></p>}

      {add.status === 'checking-urls' && <Spinner label={t('publish.status.checkingUrls')} />}
      {add.status === 'registry' && (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm">
          <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-blue-600" />
          {t('publish.status.registry')} <Elapsed since={add.startedAt} />
        </p>
      )}
      {add.status === 'failed' && (
        <>
          <ErrorView error={add.error} />
          {upload.status === 'done' && <p className="text-xs">{t('publish.status.staysUploaded')}</p>}
        </>
      )}
      {add.status === 'done' && (
        <p className="text-sm text-emerald-800 dark:text-emerald-300">
          ✓ {t('publish.status.added', { outcome: outcomeText(add.outcome, t), urls: add.urls.join(', ') })}{' '}
          <Link className="underline" to={packageHref}>{t('publish.status.viewPackage')}</Link>
        </p>
      )}

      {!refused && add.status !== 'done' && add.status !== 'registry' && add.status !== 'checking-urls' && upload.status !== 'uploading' && upload.status !== 'paused' && upload.status !== 'aborting' && (
        <div className="flex flex-wrap items-center gap-2">
          <Button tone="primary" disabled={blocked !== null} onClick={actions.publish} aria-describedby={blocked ? `why-${row.id}` : undefined}>
            {add.status === 'failed' ? t('publish.status.retry') : upload.status === 'failed' ? t('publish.status.retryUpload') : t('publish.status.publish', { file: name })}
          </Button>
          {blocked && <span id={`why-${row.id}`} className="text-xs text-slate-600 dark:text-slate-400">{blocked}</span>}
        </div>
      )}
    </div>
  );
}
