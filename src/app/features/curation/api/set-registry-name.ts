/**
 * @module
 * Renames the registry: `info.set-name` (spec registry-api.md §4.2). Optimistic on `info`, so
 * the header shows the new name at once; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryInfoOptions } from '../../../lib/registry-queries.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useSetRegistryName() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const qc = useQueryClient();
  const key = registryInfoOptions(scope).queryKey;
  return useMutation({
    mutationFn: (name: string) => client.api.info.setName({ name }),
    onMutate: async (name) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData(key);
      if (previous) qc.setQueryData(key, { ...previous, name });
      return { previous };
    },
    onError: (_e, _name, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: () => invalidateRegistry(qc, url, 'info'),
  });
}
