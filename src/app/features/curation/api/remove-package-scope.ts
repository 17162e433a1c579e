/**
 * @module
 * Revokes a signer's scope on a package: `package.signer.remove` (spec registry-api.md §4.4).
 * Optimistic on the package's signer list; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { curationKeys, invalidate } from './keys.ts';
import { useMe } from './use-me.ts';

export interface RemoveScopeInput {
  id: string;
  signer: string;
}

type ScopeList = Record<string, [SignerInfo, string]>;

export function useRemovePackageScope() {
  const { client, url } = useRegistryScope();
  const me = useMe();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RemoveScopeInput) => client.api.package.signer.remove(input),
    onMutate: async ({ id, signer }) => {
      const key = curationKeys.packageSigners(url, id);
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<ScopeList>(key);
      if (previous) {
        const { [signer]: _dropped, ...rest } = previous;
        qc.setQueryData(key, rest);
      }
      return { previous };
    },
    onError: (_e, { id }, ctx) => {
      if (ctx?.previous) qc.setQueryData(curationKeys.packageSigners(url, id), ctx.previous);
    },
    onSettled: (_r, _e, input) =>
      invalidate(qc, [
        curationKeys.packageSigners(url, input.id),
        registryKeys.packageIndex(url),
        curationKeys.fullIndex(url),
        ...(input.signer === me.guid ? [curationKeys.role(url)] : []),
      ]),
  });
}
