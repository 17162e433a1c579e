/**
 * @module
 * Why a row cannot be published right now (null: it can). One place for the rule, used by the
 * Publish buttons (as their explanation) and by the actions (as a guard).
 */
import type { PreflightReport } from '../../../../core/registry/preflight.ts';
import type { BucketSession } from './bucket-settings.ts';
import { typedUrls, type PublishRow } from './publish-queue.ts';

export function blockedReason(row: PublishRow, report: Pick<PreflightReport, 'blocking' | 'needsConfirmation'> | undefined, bucket: BucketSession | null): string | null {
  if (row.inspect.status === 'running') return 'Reading the file…';
  if (row.inspect.status === 'failed') return 'This file cannot be published.';
  switch (row.verify.status) {
    case 'waiting':
    case 'running':
      return 'Waiting for the verification to finish.';
    case 'failed':
      return 'The verification failed: this file will not be sent.';
    case 'cancelled':
      return 'The verification was cancelled; verify it again to publish.';
  }
  if (row.add.status === 'done') return 'Published.';
  if (row.add.status === 'registry' || row.add.status === 'checking-urls') return 'Publishing…';
  if (row.upload.status === 'uploading' || row.upload.status === 'aborting') return 'Uploading…';
  if (!report) return 'Waiting for the registry index.';
  if (report.blocking) return 'The pre-flight check blocks this file.';
  if (report.needsConfirmation && !row.confirmReplace) return 'Confirm that this file replaces the indexed variant.';
  if (row.hosting === 'bucket' && row.upload.status !== 'done' && !bucket) return 'Set up or unlock the bucket first.';
  if (row.hosting === 'urls') {
    const urls = typedUrls(row);
    if (urls.length === 0) return 'Enter at least one URL where the file is served.';
    if (urls.some((u) => row.urlChecks[u]?.status === 'bad')) return 'A URL does not serve this file.';
  }
  return null;
}
