/**
 * @module
 * Revokes a signer's scope on a package: `package.signer.remove` (spec registry-api.md §4.4).
 * Optimistic on the package's signer list; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { packageSignersOptions } from '../../../lib/registry-queries.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useMe } from './use-me.ts';

export interface RemoveScopeInput {
  id: string;
  signer: string;
}

export function useRemovePackageScope() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const me = useMe();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RemoveScopeInput) => client.api.package.signer.remove(input),
    onMutate: async ({ id, signer }) => {
      const key = packageSignersOptions(scope, id).queryKey;
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData(key);
      if (previous) {
        const { [signer]: _dropped, ...rest } = previous;
        qc.setQueryData(key, rest);
      }
      return { previous };
    },
    onError: (_e, { id }, ctx) => {
      if (ctx?.previous) qc.setQueryData(packageSignersOptions(scope, id).queryKey, ctx.previous);
    },
    onSettled: (_r, _e, input) =>
invalidateRegistry(qc, url, 'scopes', input.signer === me.guid && 'role'),
  });
}
