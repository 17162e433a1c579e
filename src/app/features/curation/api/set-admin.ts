/**
 * @module
 * Grants or revokes admin status: `admin.add` / `admin.remove` (spec registry-api.md §4.7).
 * Optimistic on the admin set. The caller's role is refetched when the target is the caller.
 * One mutation with a direction, since both write the same set.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminsOptions, signersOptions } from '../../../lib/registry-queries.ts';
import { applyOptimistic, rollbackOptimistic } from '../../../lib/optimistic.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useMe } from './use-me.ts';

export interface SetAdminInput {
  guid: string;
  admin: boolean;
}

export function useSetAdmin() {
  const scope = useRegistryScope();
  const { client, url } = scope;
  const me = useMe();
  const qc = useQueryClient();
  const key = adminsOptions(scope).queryKey;
  return useMutation({
    mutationFn: ({ guid, admin }: SetAdminInput) =>
      admin ? client.api.admin.add({ signer: guid }) : client.api.admin.remove({ signer: guid }),
    onMutate: ({ guid, admin }) => {
      const info = qc.getQueryData(signersOptions(scope).queryKey)?.[guid];
      return applyOptimistic(qc, key, (previous) => {
        const { [guid]: _dropped, ...rest } = previous;
        return admin && info ? { ...previous, [guid]: info } : rest;
      });
    },
    onError: (_e, _input, snapshot) => rollbackOptimistic(qc, snapshot),
    onSettled: (_r, _e, { guid }) =>
      invalidateRegistry(qc, url, 'admins', guid === me.guid && 'role'),
  });
}
