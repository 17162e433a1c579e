/**
 * @module
 * Registers a signer: `admin.signer.add` (spec registry-api.md §4.7). The registry refuses a key
 * that already belongs to another signer (38); the form checks that first. Returns the new Guid.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export type AddSignerInput = SignerInfo;

export function useAddSigner() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AddSignerInput) => client.api.admin.signer.add(input),
    // the signed `index` lists signers too; a new key may also be the caller's own (role)
    onSuccess: () => invalidateRegistry(qc, url, 'signers', 'role'),
  });
}
