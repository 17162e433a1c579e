/**
 * @module
 * Sets the registry icon: `info.set-icon` with a `data:<mime>;base64,<padded>` URL (spec
 * registry-api.md §4.2; the server checks only the form, the 100 KiB limit is the console's).
 * Optimistic on `info`; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegistryInfo } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { curationKeys, invalidate } from './keys.ts';

export function useSetRegistryIcon() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  const key = registryKeys.info(url);
  return useMutation({
    mutationFn: (icon: string) => client.api.info.setIcon({ icon }),
    onMutate: async (icon) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<RegistryInfo>(key);
      if (previous) qc.setQueryData(key, { ...previous, icon });
      return { previous };
    },
    onError: (_e, _icon, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: () => invalidate(qc, [key, curationKeys.fullIndex(url)]),
  });
}
