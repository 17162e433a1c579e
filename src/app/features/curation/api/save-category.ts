/**
 * @module
 * Creates or renames a category: `package.category.add` overwrites an existing id (spec
 * registry-api.md §4.5). Optimistic on the category list; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocaleString } from '../../../../core/rpc/types.ts';
import { categoriesOptions } from '../../../lib/registry-queries.ts';
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
    mutationFn: (input: SaveCategoryInput) => client.api.package.category.add({ id: input.id, name: input.name }),
    onMutate: async (input) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData(key);
      if (previous) qc.setQueryData(key, { ...previous, [input.id]: { name: input.name } });
      return { previous };
    },
    onError: (_e, _input, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: () => invalidateRegistry(qc, url, 'categories'),
  });
}
