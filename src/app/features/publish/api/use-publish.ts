/**
 * @module
 * The publish page's state and actions for the current registry: the rows (publish-queue.ts),
 * their derived pre-flight reports, the bucket, and the actions bound to them.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { packageIndexOptions, usePackageIndex, useRole } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { loadBucket, useBucketSession } from '../lib/bucket-settings.ts';
import { authorityOf, computeReports } from '../../../lib/publishing/preflight-reports.ts';
import { queueFor, useQueueRows } from '../lib/publish-queue.ts';
import { cancelVerify, checkRowUrls, inspectRow, verifyRow } from '../../../lib/publishing/file-checks.ts';
import { publishAll, publishRow, type PublishContext } from './publish-row.ts';
import { abortRowUpload, pauseUpload } from '../../../lib/publishing/upload.ts';

export const storedBucketOptions = () => queryOptions({ queryKey: ['publish', 'bucket'] as const, queryFn: loadBucket, staleTime: Infinity });

export function usePublish() {
  const scope = useRegistryScope();
  const { url, client } = scope;
  const qc = useQueryClient();
  const queue = queueFor(url);
  const rows = useQueueRows(queue);
  const index = usePackageIndex();
  const role = useRole();
  const bucket = useBucketSession();
  const stored = useQuery(storedBucketOptions());
  const authority = useMemo(() => authorityOf(role.data), [role.data]);
  const reports = useMemo(() => computeReports(rows, index.data, authority), [rows, index.data, authority]);

  const ctx: PublishContext = { queue, client, registryUrl: url, qc, bucket };
  const reportsNow = () => computeReports(queue.rows, qc.getQueryData(packageIndexOptions(scope).queryKey), authority);

  return {
    rows,
    reports,
    index,
    role,
    authority,
    bucket,
    storedBucket: stored.data ?? null,
    addFiles(files: Iterable<File>) {
      for (const f of files) {
        const row = queue.add(f, stored.data ? 'bucket' : 'urls');
        void inspectRow(queue, row.id);
      }
    },
    remove: (id: number) => queue.remove(id),
    clearFinished: () => queue.rows.filter((r) => r.add.status === 'done' || r.inspect.status === 'failed' || r.verify.status === 'failed').forEach((r) => queue.remove(r.id)),
    cancelVerify: (id: number) => cancelVerify(queue, id),
    verifyAgain: (id: number) => void verifyRow(queue, id),
    setHosting: (id: number, hosting: 'bucket' | 'urls') => queue.update(id, { hosting }),
    setUrls: (id: number, urlsText: string) => queue.update(id, { urlsText, urlChecks: {} }),
    checkUrls: (id: number) => void checkRowUrls(queue, id),
    confirmReplace: (id: number, confirmReplace: boolean) => queue.update(id, { confirmReplace }),
    publish: (id: number) => void publishRow(ctx, id, reportsNow().get(id)),
    publishAll: () => publishAll(ctx, reportsNow),
    pause: (id: number) => pauseUpload(queue, id),
    abortUpload: (id: number) => bucket && void abortRowUpload(queue, id, bucket),
  };
}

export type PublishApi = ReturnType<typeof usePublish>;
