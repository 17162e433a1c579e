/**
 * @module
 * Why a row cannot be published right now (null: it can). One place for the rule, used by the
 * Publish buttons (as their explanation) and by the actions (as a guard).
 */
import { translate, type Translate } from '../../../i18n/i18n.ts';
import type { PreflightReport } from '../../../../core/registry/preflight.ts';
import type { BucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { typedUrls, type PublishRow } from './publish-queue.ts';

export function blockedReason(row: PublishRow, report: Pick<PreflightReport, 'blocking' | 'needsConfirmation'> | undefined, bucket: BucketSession | null, t: Translate = translate): string | null {
  if (row.inspect.status === 'running') return t('publish.blocked.reading');
  if (row.inspect.status === 'failed') return t('publish.blocked.unreadable');
  switch (row.verify.status) {
    case 'waiting':
    case 'running':
      return t('publish.blocked.verifying');
    case 'failed':
      return t('publish.blocked.verifyFailed');
    case 'cancelled':
      return t('publish.blocked.verifyCancelled');
  }
  if (row.add.status === 'done') return t('publish.blocked.published');
  if (row.add.status === 'registry' || row.add.status === 'checking-urls') return t('publish.blocked.publishing');
  if (row.upload.status === 'uploading' || row.upload.status === 'aborting') return t('publish.blocked.uploading');
  if (!report) return t('publish.blocked.noIndex');
  if (report.blocking) return t('publish.blocked.preflight');
  if (report.needsConfirmation && !row.confirmReplace) return t('publish.blocked.confirmReplace');
  if (row.hosting === 'bucket' && row.upload.status !== 'done' && !bucket) return t('publish.blocked.noBucket');
  if (row.hosting === 'urls') {
    const urls = typedUrls(row);
    if (urls.length === 0) return t('publish.blocked.noUrls');
    if (urls.some((u) => row.urlChecks[u]?.status === 'bad')) return t('publish.blocked.badUrl');
  }
  return null;
}
