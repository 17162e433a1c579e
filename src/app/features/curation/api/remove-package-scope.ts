/**
 * @module
 * Revokes a signer's scope on a package: `package.signer.remove` (spec registry-api.md §4.4).
 * Optimistic on the package's signer list; rolled back on failure.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { packageSignersOptions } from '../../../lib/registry-queries.ts';
import { applyOptimistic, rollbackOptimistic } from '../../../lib/optimistic.ts';
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
    onMutate: ({ id, signer }) =>
      applyOptimistic(qc, packageSignersOptions(scope, id).queryKey, (previous) => {
        const { [signer]: _dropped, ...rest } = previous;
        return rest;
      }),
    onError: (_e, _input, snapshot) => rollbackOptimistic(qc, snapshot),
    onSettled: (_r, _e, input) =>
      invalidateRegistry(qc, url, 'scopes', input.signer === me.guid && 'role'),
  });
}
