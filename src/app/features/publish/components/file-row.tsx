/**
 * @module
 * One dropped file: what it is, its verification, its pre-flight report, where it will be
 * hosted, and its publishing steps.
 */
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { PublishController } from '../api/publish-controller.ts';
import { usePublishRow } from '../api/use-publish.ts';
import { useStoredBucket } from '../../../lib/publishing/stored-bucket.ts';
import { useBucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { blockedReason } from '../lib/readiness.ts';
import { FileSummary } from './file-summary.tsx';
import { HostingChoice } from './hosting-choice.tsx';
import { PreflightView } from './preflight-view.tsx';
import { PublishStatus } from './publish-status.tsx';
import { SupplyChainCheck } from './supply-chain-check.tsx';
import { VerifyStatus } from './verify-status.tsx';

export function FileRow({
  controller: api,
  id,
  ownKeyPem,
  packageHref,
}: {
  controller: PublishController;
  id: number;
  ownKeyPem: string | null;
  packageHref: (id: string, version: string) => string;
}) {
  const { row, report } = usePublishRow(api, id);
  const bucket = useBucketSession();
  const storedBucket = useStoredBucket();
  const t = useT();
  if (!row) return null;
  const result = row.inspect.status === 'ok' ? row.inspect.result : null;
  const rejected = row.inspect.status === 'failed' || row.verify.status === 'failed';
  const busy = row.add.status === 'registry' || row.upload.status === 'uploading';
  return (
    <li
      aria-label={result ? t('publish.row.label', { title: result.title, version: result.version, file: row.file.name }) : row.file.name}
      className={`flex flex-col gap-3 rounded-lg border p-3 ${rejected ? 'border-red-300 dark:border-red-900' : 'border-slate-200 dark:border-slate-800'}`}
    >
      <div className="flex items-start justify-between gap-2">
        <FileSummary file={row.file} result={result} ownKeyPem={ownKeyPem} />
        <Button tone="ghost" disabled={busy} onClick={() => api.remove(row.id)} aria-label={t('publish.row.remove', { file: row.file.name })}>
          ✕
        </Button>
      </div>
      <VerifyStatus row={row} onCancel={() => api.cancelVerify(row.id)} onRetry={() => api.verifyAgain(row.id)} />
      {result && report && row.add.status !== 'done' && (
        <PreflightView
          report={report}
          id={result.id}
          version={result.version}
          confirmed={row.confirmReplace}
          onConfirm={(v) => api.confirmReplace(row.id, v)}
        />
      )}
      {result && report && row.add.status !== 'done' && <SupplyChainCheck result={result} />}
      {result && !rejected && row.add.status !== 'done' && !report?.blocking && (
        <HostingChoice
          row={row}
          stored={storedBucket}
          locked={bucket === null}
          onHosting={(h) => api.setHosting(row.id, h)}
          onUrls={(t) => api.setUrls(row.id, t)}
          onCheck={() => api.checkUrls(row.id)}
        />
      )}
      {result && !rejected && (
        <PublishStatus
          row={row}
          blocked={blockedReason(row, report, bucket, t)}
          refused={report?.blocking ?? false}
          packageHref={packageHref(result.id, result.version)}
          actions={{ publish: () => void api.publish(row.id), pause: () => api.pause(row.id), abortUpload: () => api.abortUpload(row.id) }}
        />
      )}
    </li>
  );
}
