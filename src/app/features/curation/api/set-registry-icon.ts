/**
 * @module
 * Sets the registry icon: `info.set-icon` with a `data:<mime>;base64,<padded>` URL (spec
 * registry-api.md §4.2; the server checks only the form, the 100 KiB limit is the console's).
 * Optimistic on `info`; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryInfoOptions } from '../../../lib/registry-queries.ts';
import { applyOptimistic, rollbackOptimistic } from '../../../lib/optimistic.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useSetRegistryIcon() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const qc = useQueryClient();
  const key = registryInfoOptions(scope).queryKey;
  return useMutation({
    mutationFn: (icon: string) => client.api.info.setIcon({ icon }),
    onMutate: (icon) => applyOptimistic(qc, key, (previous) => ({ ...previous, icon })),
    onError: (_e, _icon, snapshot) => rollbackOptimistic(qc, snapshot),
    onSettled: () => invalidateRegistry(qc, url, 'info'),
  });
}
