/**
 * @module
 * Renames the registry: `info.set-name` (spec registry-api.md §4.2). Optimistic on `info`, so
 * the header shows the new name at once; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryInfoOptions } from '../../../lib/registry-queries.ts';
import { applyOptimistic, rollbackOptimistic } from '../../../lib/optimistic.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useSetRegistryName() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const qc = useQueryClient();
  const key = registryInfoOptions(scope).queryKey;
  return useMutation({
    mutationFn: (name: string) => client.api.info.setName({ name }),
    onMutate: (name) => applyOptimistic(qc, key, (previous) => ({ ...previous, name })),
    onError: (_e, _name, snapshot) => rollbackOptimistic(qc, snapshot),
    onSettled: () => invalidateRegistry(qc, url, 'info'),
  });
}
