/**
 * @module
 * Grants or changes a signer's scope on a package: `package.signer.add` with an explicit `merge`
 * (required by the registry, spec registry-api.md §4.4): `false` replaces the range, `true` stores
 * `existing || versions`. Not optimistic: the stored range is the registry's normalized form.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useMe } from './use-me.ts';

export interface SetScopeInput {
  id: string;
  signer: string;
  versions: string;
  merge: boolean;
}

export function useSetPackageScope() {
  const { client, url } = useRegistryScope();
  const me = useMe();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SetScopeInput) => client.api.package.signer.add(input),
    onSuccess: (_r, input) =>
      invalidateRegistry(qc, url, 'scopes', input.signer === me.guid && 'role'),
  });
}
