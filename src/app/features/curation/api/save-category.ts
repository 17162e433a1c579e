/**
 * @module
 * Creates or renames a category: `package.category.add` overwrites an existing id (spec
 * registry-api.md §4.5). Optimistic on the category list; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocaleString } from '../../../../core/rpc/types.ts';
import { categoriesOptions } from '../../../lib/registry-queries.ts';
import { applyOptimistic, rollbackOptimistic } from '../../../lib/optimistic.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export interface SaveCategoryInput {
  id: string;
  name: LocaleString;
}

export function useSaveCategory() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const qc = useQueryClient();
  const key = categoriesOptions(scope).queryKey;
  return useMutation({
    mutationFn: (input: SaveCategoryInput) =>
      client.api.package.category.add({ id: input.id, name: input.name }),
    onMutate: (input) =>
      applyOptimistic(qc, key, (previous) => ({ ...previous, [input.id]: { name: input.name } })),
    onError: (_e, _input, snapshot) => rollbackOptimistic(qc, snapshot),
    onSettled: () => invalidateRegistry(qc, url, 'categories'),
  });
}
