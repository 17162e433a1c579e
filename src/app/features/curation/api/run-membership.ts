/**
 * @module
 * Bulk category membership: one `package.category.add-package` / `remove-package` per op (the
 * registry has no batch call, spec registry-api.md §4.5), with a result per op. Used for bulk
 * assign/unassign and for cleaning dangling ids. Optimistic on `package.index`; failed ops are
 * put back as soon as the run ends, then the index is refetched.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { runBulk, summarizeBulk, type ItemResult } from '../lib/bulk-run.ts';
import { applyMembershipOps, type MembershipOp } from '../lib/category-cleanup.ts';
import { invalidate } from './keys.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';

export interface MembershipInput {
  ops: MembershipOp[];
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Runs one membership op against the registry. */
export function runMembershipOp(client: RegistryClient, op: MembershipOp): Promise<null> {
  const params = { id: op.category, package: op.package };
  return op.kind === 'add' ? client.api.package.category.addPackage(params) : client.api.package.category.removePackage(params);
}

export function useRunMembership() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  const key = registryKeys.packageIndex(url);
  return useMutation({
    mutationFn: (input: MembershipInput): Promise<ItemResult<MembershipOp>[]> =>
      runBulk(input.ops, (op) => runMembershipOp(client, op), { onProgress: input.onProgress, signal: input.signal }),
    onMutate: async (input) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<PackageIndex>(key);
      if (previous) qc.setQueryData(key, applyMembershipOps(previous, input.ops));
      return { previous };
    },
    onSuccess: (results, _input, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, applyMembershipOps(ctx.previous, summarizeBulk(results).succeeded));
    },
    onError: (_e, _input, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: () => invalidate(qc, [key]),
  });
}
