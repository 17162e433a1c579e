/**
 * @module
 * Creates or renames a category: `package.category.add` overwrites an existing id (spec
 * registry-api.md §4.5). Optimistic on the category list; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category, LocaleString } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { invalidate } from './keys.ts';

export interface SaveCategoryInput {
  id: string;
  name: LocaleString;
}

export function useSaveCategory() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  const key = registryKeys.categories(url);
  return useMutation({
    mutationFn: (input: SaveCategoryInput) => client.api.package.category.add({ id: input.id, name: input.name }),
    onMutate: async (input) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<Record<string, Category>>(key);
      if (previous) qc.setQueryData(key, { ...previous, [input.id]: { name: input.name } });
      return { previous };
    },
    onError: (_e, _input, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    // `package.index` and `info` carry the category map too
    onSettled: () => invalidate(qc, [key, registryKeys.packageIndex(url), registryKeys.info(url)]),
  });
}
