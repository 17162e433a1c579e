/**
 * @module
 * Removes a signer: `admin.signer.remove` (spec registry-api.md §4.7). The registry cascades:
 * the signer's scope on every package and OS release and its admin status go too, so the
 * package index (`authorized`), scopes and the admin set are refetched.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useMe } from './use-me.ts';

export function useRemoveSigner() {
  const { client, url } = useRegistryScope();
  const me = useMe();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (guid: string) => client.api.admin.signer.remove({ id: guid }),
    onSuccess: (_r, guid) =>
      // a removed signer's package scopes go with it
      invalidateRegistry(qc, url, 'signers', 'scopes', guid === me.guid && 'role'),
  });
}
