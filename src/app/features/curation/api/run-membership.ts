/**
 * @module
 * Bulk category membership: one `package.category.add-package` / `remove-package` per op (the
 * registry has no batch call, spec registry-api.md §4.5), with a result per op. Used for bulk
 * assign/unassign and for cleaning dangling ids. Optimistic on `package.index`; failed ops are
 * put back as soon as the run ends, then the index is refetched.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { packageIndexOptions } from '../../../lib/registry-queries.ts';
import { applyOptimistic, rollbackOptimistic } from '../../../lib/optimistic.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { runBulk, summarizeBulk, type ItemResult } from '../../../lib/bulk-run.ts';
import { applyMembershipOps, type MembershipOp } from '../lib/category-cleanup.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';

export interface MembershipInput {
  ops: MembershipOp[];
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Runs one membership op against the registry. */
export function runMembershipOp(client: RegistryClient, op: MembershipOp): Promise<null> {
  const params = { id: op.category, package: op.package };
  return op.kind === 'add'
    ? client.api.package.category.addPackage(params)
    : client.api.package.category.removePackage(params);
}

export function useRunMembership() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const qc = useQueryClient();
  const key = packageIndexOptions(scope).queryKey;
  return useMutation({
    mutationFn: (input: MembershipInput): Promise<ItemResult<MembershipOp>[]> =>
      runBulk(input.ops, (op) => runMembershipOp(client, op), {
        onProgress: input.onProgress,
        signal: input.signal,
      }),
    onMutate: (input) =>
      applyOptimistic(qc, key, (previous) => applyMembershipOps(previous, input.ops)),
    onSuccess: (results, _input, ctx) => {
      if (ctx?.previous)
        qc.setQueryData(key, applyMembershipOps(ctx.previous, summarizeBulk(results).succeeded));
    },
    onError: (_e, _input, snapshot) => rollbackOptimistic(qc, snapshot),
    onSettled: () => invalidateRegistry(qc, url, 'membership'),
  });
}
