/**
 * @module
 * The package page's write actions (design.md §4.4, spec registry-api.md §4.3): add a mirror
 * (signed commitment), remove a mirror, remove a variant / version / package. Each refreshes
 * the registry's package reads on success. Signing happens in the mutation, never a component.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MerkleArchiveCommitment } from '../../../../core/rpc/types.ts';
import { parseMerkleCommitment, S9PK_SIG_CONTEXT } from '../../../../core/sign/commitment.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { signWithSession } from '../../../lib/vault-session.ts';

function useRefresh() {
  const qc = useQueryClient();
  const { url } = useRegistryScope();
  return () => invalidateRegistry(qc, url, 'packages');
}

export interface AddMirrorInput {
  url: string;
  commitment: MerkleArchiveCommitment;
}

export function useAddMirror() {
  const { client } = useRegistryScope();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ url, commitment }: AddMirrorInput) =>
      client.api.package.addMirror({ url, commitment, signature: await signWithSession(parseMerkleCommitment(commitment), S9PK_SIG_CONTEXT) }),
    onSuccess: refresh,
  });
}

export function useRemoveMirror() {
  const { client } = useRegistryScope();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (p: { id: string; version: string; url: string }) => client.api.package.removeMirror(p),
    onSuccess: refresh,
  });
}

/** `package.remove`: a variant (`version` + `sighash`), a version, or the package (`force`). */
export function useRemove() {
  const { client } = useRegistryScope();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (p: { id: string; version?: string; sighash?: string; force?: boolean }) => client.api.package.remove(p),
    onSuccess: refresh,
  });
}
