/**
 * @module
 * Adds a registered signer to a release's authorized signers, or removes one:
 * `os.version.signer.add` / `.remove` (spec registry-api.md §3.4, §4.6, admins only). An
 * authorized signer may add, remove and co-sign the release's images.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export interface ReleaseSignerInput {
  version: string;
  signer: string;
  change: 'add' | 'remove';
}

export function useReleaseSigner() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, signer, change }: ReleaseSignerInput) =>
      change === 'add' ? client.api.os.version.signer.add({ version, signer }) : client.api.os.version.signer.remove({ version, signer }),
    onSuccess: () => invalidateRegistry(qc, url, 'os'),
  });
}
