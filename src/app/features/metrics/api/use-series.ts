/**
 * @module
 * Time series of the dashboard: one registry call per bucket (the registry answers totals over
 * a window, spec/registry-api.md §4.9), at most `METRICS_CONCURRENCY` in flight, each bucket
 * cached on its own so a changed range asks only for the new buckets.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { MetricsDownloads, MetricsUsers } from '../../../../core/rpc/types.ts';
import { metricsDownloadsOptions, metricsRequestTotalOptions, metricsUsersOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import type { Bucket } from '../lib/buckets.ts';

export interface Series<T> {
  /** One answer per bucket, null while it is loading or failed. */
  values: (T | null)[];
  /** Buckets answered. */
  done: number;
  /** The first failure, if any bucket failed. */
  error: Error | null;
  retry: () => void;
}

function combine<T>(results: UseQueryResult<T>[]): Series<T> {
  return {
    values: results.map((r) => r.data ?? null),
    done: results.filter((r) => r.isSuccess).length,
    error: results.find((r) => r.error)?.error ?? null,
    retry: () => {
      for (const r of results) if (r.isError) void r.refetch();
    },
  };
}

/** Package requests (`metrics.downloads` `totalRequests`) per bucket. */
export function useRequestSeries(buckets: Bucket[]): Series<number> {
  const scope = useRegistryScope();
  return useQueries({ queries: buckets.map((b) => metricsRequestTotalOptions(scope, { after: b.after, before: b.before })), combine });
}

/** Check-ins and unique servers (`metrics.users`) per bucket. */
export function useUserSeries(buckets: Bucket[]): Series<MetricsUsers> {
  const scope = useRegistryScope();
  return useQueries({ queries: buckets.map((b) => metricsUsersOptions(scope, { after: b.after, before: b.before })), combine });
}

/** One package's requests per version (`metrics.downloads` with `pkgId`) per bucket. */
export function useAdoptionSeries(buckets: Bucket[], pkgId: string | null): Series<MetricsDownloads> {
  const scope = useRegistryScope();
  return useQueries({
    queries: pkgId === null ? [] : buckets.map((b) => metricsDownloadsOptions(scope, { pkgId, after: b.after, before: b.before })),
    combine,
  });
}
