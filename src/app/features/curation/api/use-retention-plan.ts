/**
 * @module
 * The retention preview's plan (core/registry/retention.ts) of the registry's `package.index`
 * under the applied rules, worked out off the main thread (worker/retention-client.ts) with
 * the packages planned so far. The plan is a pure function of the index and the rules: its key
 * names the index by registry and the time the index was received (a refetched index is a new
 * plan), and it never goes stale by itself.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hasRules, NO_RULES, type RetentionRules } from '../../../../core/registry/retention.ts';
import { planRetentionOffThread } from '../../../../worker/retention-client.ts';
import { usePackageIndex } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export const retentionKeys = {
  all: ['retention-plan'] as const,
  plan: (url: string, indexAt: number, rules: RetentionRules) => [...retentionKeys.all, url, indexAt, rules] as const,
};

/** Packages planned so far, of all (a type, not an interface: it is passed as message values). */
export type PlanProgress = { done: number; total: number };

/** The index read, the plan under `rules` (none while `rules` is null or has no rule on), and its progress. */
export function useRetentionPlan(rules: RetentionRules | null) {
  const { url } = useRegistryScope();
  const index = usePackageIndex();
  const [progress, setProgress] = useState<PlanProgress | null>(null);
  const data = index.data;
  // The index is named in the key by its registry and the time it was received, not hashed whole (it can be tens of MiB).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const plan = useQuery({
    queryKey: retentionKeys.plan(url, index.dataUpdatedAt, rules ?? NO_RULES),
    queryFn: ({ signal }) => {
      if (!data || !rules) throw new Error('retention plan: no index or rules yet');
      setProgress({ done: 0, total: Object.keys(data.packages).length });
      return planRetentionOffThread(data, rules, { signal, onProgress: (done, total) => signal.aborted || setProgress({ done, total }) });
    },
    enabled: data !== undefined && rules !== null && hasRules(rules),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
  return { index, plan, progress };
}
