/**
 * @module
 * Time series of the dashboard: one registry call per bucket (the registry answers totals over
 * a window, spec/registry-api.md §4.9), at most `METRICS_CONCURRENCY` in flight, each bucket
 * cached on its own so a changed range asks only for the new buckets (use-bucket-series.ts).
 */
import { useMemo } from 'react';
import type { MetricsDownloads, MetricsUsers } from '../../../../core/rpc/types.ts';
import { metricsDownloadsOptions, metricsRequestTotalOptions, metricsUsersOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import type { Bucket } from '../../../lib/metrics-buckets.ts';
import { useBucketSeries, type Series } from './use-bucket-series.ts';

export type { Series } from './use-bucket-series.ts';

/** Package requests (`metrics.downloads` `totalRequests`) per bucket. */
export function useRequestSeries(buckets: Bucket[]): Series<number> {
  const scope = useRegistryScope();
  return useBucketSeries(useMemo(() => buckets.map((b) => metricsRequestTotalOptions(scope, { after: b.after, before: b.before })), [scope, buckets]));
}

/** Check-ins and unique servers (`metrics.users`) per bucket. */
export function useUserSeries(buckets: Bucket[]): Series<MetricsUsers> {
  const scope = useRegistryScope();
  return useBucketSeries(useMemo(() => buckets.map((b) => metricsUsersOptions(scope, { after: b.after, before: b.before })), [scope, buckets]));
}

/** One package's requests per version (`metrics.downloads` with `pkgId`) per bucket. */
export function useAdoptionSeries(buckets: Bucket[], pkgId: string | null): Series<MetricsDownloads> {
  const scope = useRegistryScope();
  return useBucketSeries(
    useMemo(() => (pkgId === null ? [] : buckets.map((b) => metricsDownloadsOptions(scope, { pkgId, after: b.after, before: b.before }))), [scope, buckets, pkgId]),
  );
}
