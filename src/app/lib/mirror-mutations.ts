/**
 * @module
 * Adding and removing download URLs (spec registry-api.md §4.3): `package.add-mirror` with the
 * variant's commitment signed by the registry's acting key (registry-scope.tsx), and `package.remove-mirror`, which removes
 * the URL from every variant of the version. Both refresh the registry's package reads.
 * Shared by the package page and mirror health; signing happens here, never in a component.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MerkleArchiveCommitment } from '../../core/rpc/types.ts';
import { parseMerkleCommitment, S9PK_SIG_CONTEXT } from '../../core/sign/commitment.ts';
import { invalidateRegistry } from './registry-invalidation.ts';
import { useRegistryScope } from './registry-scope.tsx';

/** Refreshes the current registry's package reads. */
export function useRefreshPackages() {
  const qc = useQueryClient();
  const { url } = useRegistryScope();
  return () => invalidateRegistry(qc, url, 'packages');
}

export interface AddMirrorInput {
  url: string;
  commitment: MerkleArchiveCommitment;
}

export function useAddMirror() {
  const { client, signCommitment } = useRegistryScope();
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: async ({ url, commitment }: AddMirrorInput) =>
      client.api.package.addMirror({ url, commitment, signature: await signCommitment(parseMerkleCommitment(commitment), S9PK_SIG_CONTEXT) }),
    onSuccess: refresh,
  });
}

export function useRemoveMirror() {
  const { client } = useRegistryScope();
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: (p: { id: string; version: string; url: string }) => client.api.package.removeMirror(p),
    onSuccess: refresh,
  });
}
