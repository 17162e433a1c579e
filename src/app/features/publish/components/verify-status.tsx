/**
 * @module
 * The full verification of a file: progress with cancel, the verdict, or the precise reason a
 * file is rejected (wrong magic, v1, zip, bad signature, hash mismatch at a path, truncated).
 */
import type { PublishRow } from '../lib/publish-queue.ts';
import { describeFileError } from '../../../lib/publishing/describe.ts';
import { formatBytes } from '../lib/format.ts';
import { Button, Spinner } from '../../../components/ui.tsx';
import { ProgressBar } from './progress-bar.tsx';

function Rejected({ error }: { error: unknown }) {
  const d = describeFileError(error);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">Rejected: {d.title}</p>
      {d.details && <p className="mt-0.5 break-words font-mono text-xs opacity-90">{d.details}</p>}
      <p className="mt-0.5 text-xs">This file will not be sent to the registry.</p>
    </div>
  );
}

export function VerifyStatus({ row, onCancel, onRetry }: { row: PublishRow; onCancel: () => void; onRetry: () => void }) {
  if (row.inspect.status === 'running') return <Spinner label="Reading the package header" />;
  if (row.inspect.status === 'failed') return <Rejected error={row.inspect.error} />;
  const v = row.verify;
  switch (v.status) {
    case 'waiting':
      return <Spinner label="Waiting to verify" />;
    case 'running':
      return (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Verifying</span>
          <ProgressBar
            label={`Verification of ${row.file.name}`}
            done={v.progress?.done ?? 0}
            total={v.progress?.total ?? 1}
            text={v.progress ? `${formatBytes(v.progress.done)} of ${formatBytes(v.progress.total)}` : 'starting…'}
          />
          <Button onClick={onCancel} aria-label={`Cancel verification of ${row.file.name}`}>
            Cancel
          </Button>
        </div>
      );
    case 'ok':
      return (
        <p className="text-sm text-emerald-800 dark:text-emerald-300">
          ✓ Verified: signature, every table and all {v.result.files} files ({formatBytes(v.result.bytes)}).
        </p>
      );
    case 'failed':
      return <Rejected error={v.error} />;
    case 'cancelled':
      return (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Verification cancelled.
          <Button onClick={onRetry}>Verify again</Button>
        </p>
      );
  }
}
