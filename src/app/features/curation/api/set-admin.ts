/**
 * @module
 * Grants or revokes admin status: `admin.add` / `admin.remove` (spec registry-api.md §4.7).
 * Optimistic on the admin set. The caller's role is refetched when the target is the caller.
 * One mutation with a direction, since both write the same set.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';
import { curationKeys, invalidate } from './keys.ts';
import { useMe } from './use-me.ts';

export interface SetAdminInput {
  guid: string;
  admin: boolean;
}

export function useSetAdmin() {
  const { client, url } = useRegistryScope();
  const me = useMe();
  const qc = useQueryClient();
  const key = curationKeys.admins(url);
  return useMutation({
    mutationFn: ({ guid, admin }: SetAdminInput) => (admin ? client.api.admin.add({ signer: guid }) : client.api.admin.remove({ signer: guid })),
    onMutate: async ({ guid, admin }) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<Record<string, SignerInfo>>(key);
      const info = qc.getQueryData<Record<string, SignerInfo>>(registryKeys.signers(url))?.[guid];
      if (previous) {
        const { [guid]: _dropped, ...rest } = previous;
        qc.setQueryData(key, admin && info ? { ...previous, [guid]: info } : rest);
      }
      return { previous };
    },
    onError: (_e, _input, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: (_r, _e, { guid }) => invalidate(qc, [key, ...(guid === me.guid ? [curationKeys.role(url)] : [])]),
  });
}
