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
import { formatBytes, formatDuration } from '../lib/format.ts';
import type { PublishRow } from '../lib/publish-queue.ts';
import { ProgressBar } from './progress-bar.tsx';

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
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs dark:border-amber-800 dark:bg-amber-950">
      <p>
        The browser could not reach the bucket. If it is online, it lacks a CORS rule for this console ({location.origin}). Add this rule to the
        bucket, then try again:
      </p>
      <pre className="mt-1 max-h-48 overflow-auto whitespace-pre rounded bg-white p-2 dark:bg-slate-900">{rule}</pre>
      <CopyButton value={rule} what="CORS rule" />
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
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {upload.status === 'uploading' && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Uploading</span>
          <ProgressBar label={`Upload of ${name}`} done={upload.sent} total={upload.total} text={`${formatBytes(upload.sent)} of ${formatBytes(upload.total)}`} />
          <Button onClick={actions.pause}>Pause</Button>
          <Button tone="danger" onClick={actions.abortUpload}>Abort upload</Button>
        </div>
      )}
      {upload.status === 'paused' && (
        <div className="flex flex-col gap-1 text-sm">
          <p>
            Upload paused at {formatBytes(upload.sent)} of {formatBytes(upload.total)}
            {upload.error ? ' after a network failure' : ''}. Finished parts are kept; resuming sends only the rest.
          </p>
          {upload.error !== null && <p className="font-mono text-xs text-slate-600 dark:text-slate-400">{(upload.error as Error).message}</p>}
          <div className="flex flex-wrap gap-2">
            <Button tone="primary" onClick={actions.publish}>Resume upload</Button>
            <Button tone="danger" onClick={actions.abortUpload}>Abort upload</Button>
          </div>
        </div>
      )}
      {upload.status === 'failed' && (
        <>
          <ErrorView error={upload.error} />
          {isCoreError(upload.error, 'S3_NETWORK') && <CorsHelp />}
        </>
      )}
      {upload.status === 'aborting' && <Spinner label="Aborting the upload" />}
      {upload.status === 'aborted' && <p className="text-sm">Upload aborted{upload.note ? `. ${upload.note}` : ' and removed from the bucket.'}</p>}
      {upload.status === 'done' && add.status !== 'done' && <p className="break-all text-sm">Uploaded to <span className="font-mono text-xs">{upload.url}</span></p>}

      {add.status === 'checking-urls' && <Spinner label="Checking the URLs" />}
      {add.status === 'registry' && (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm">
          <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-blue-600" />
          The registry is downloading and verifying the file… <Elapsed since={add.startedAt} />
        </p>
      )}
      {add.status === 'failed' && (
        <>
          <ErrorView error={add.error} />
          {upload.status === 'done' && <p className="text-xs">The file stays uploaded; retrying only asks the registry again.</p>}
        </>
      )}
      {add.status === 'done' && (
        <p className="text-sm text-emerald-800 dark:text-emerald-300">
          ✓ Added to the registry ({add.outcome.toLowerCase()}) from {add.urls.join(', ')}.{' '}
          <Link className="underline" to={packageHref}>View the package</Link>
        </p>
      )}

      {!refused && add.status !== 'done' && add.status !== 'registry' && add.status !== 'checking-urls' && upload.status !== 'uploading' && upload.status !== 'paused' && upload.status !== 'aborting' && (
        <div className="flex flex-wrap items-center gap-2">
          <Button tone="primary" disabled={blocked !== null} onClick={actions.publish} aria-describedby={blocked ? `why-${row.id}` : undefined}>
            {add.status === 'failed' ? 'Retry' : upload.status === 'failed' ? 'Try the upload again' : `Publish ${name}`}
          </Button>
          {blocked && <span id={`why-${row.id}`} className="text-xs text-slate-600 dark:text-slate-400">{blocked}</span>}
        </div>
      )}
    </div>
  );
}
