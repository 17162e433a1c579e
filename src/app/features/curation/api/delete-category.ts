/**
 * @module
 * Deletes a category the way the registry does not (spec registry-api.md §4.5, §7): first
 * removes its id from every package that carries it, one call each, and only when all of those
 * succeeded calls `package.category.remove`. A partial failure keeps the category, so the run
 * can be retried and nothing is left dangling.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { runBulk, summarizeBulk, type ItemResult } from '../../../lib/bulk-run.ts';
import type { DeletionPlan, MembershipOp } from '../lib/category-cleanup.ts';
import { runMembershipOp } from './run-membership.ts';

export interface DeleteCategoryInput {
  plan: DeletionPlan;
  onProgress?: (done: number, total: number) => void;
}

export interface DeleteCategoryResult {
  cleanup: ItemResult<MembershipOp>[];
  /** True when the category itself was removed (every clean-up call succeeded). */
  removed: boolean;
}

export function useDeleteCategory() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({
      plan,
      onProgress,
    }: DeleteCategoryInput): Promise<DeleteCategoryResult> => {
      const cleanup = await runBulk(plan.cleanup, (op) => runMembershipOp(client, op), {
        onProgress,
      });
      if (summarizeBulk(cleanup).failed.length > 0) return { cleanup, removed: false };
      await client.api.package.category.remove({ id: plan.category });
      return { cleanup, removed: true };
    },
    onSettled: () => invalidateRegistry(qc, url, 'categories'),
  });
}
