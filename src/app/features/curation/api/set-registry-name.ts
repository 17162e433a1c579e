/**
 * @module
 * Renames the registry: `info.set-name` (spec registry-api.md §4.2). Optimistic on `info`, so
 * the header shows the new name at once; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegistryInfo } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { curationKeys, invalidate } from './keys.ts';

export function useSetRegistryName() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  const key = registryKeys.info(url);
  return useMutation({
    mutationFn: (name: string) => client.api.info.setName({ name }),
    onMutate: async (name) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<RegistryInfo>(key);
      if (previous) qc.setQueryData(key, { ...previous, name });
      return { previous };
    },
    onError: (_e, _name, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: () => invalidate(qc, [key, curationKeys.fullIndex(url)]),
  });
}
