/**
 * @module
 * Edits a signer: `admin.signer.edit` with all four arrays (spec registry-api.md §4.7; omitting
 * one is -32602). The SignerInfo appears in `admin.signer.list`, `admin.list`, every
 * `package.signer.list` and the signed `index`; the caller's role when it is their own signer.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import type { editSignerParams } from '../lib/signer-form.ts';
import { useMe } from './use-me.ts';

export type EditSignerInput = ReturnType<typeof editSignerParams>;

export function useEditSigner() {
  const { client, url } = useRegistryScope();
  const me = useMe();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: EditSignerInput) => client.api.admin.signer.edit(input),
    onSuccess: (_r, input) =>
      invalidateRegistry(qc, url, 'signers', input.id === me.guid && 'role'),
  });
}
