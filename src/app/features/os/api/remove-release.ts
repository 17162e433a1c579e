/**
 * @module
 * Removes a StartOS release and the records of all its images: `os.version.remove` (spec
 * registry-api.md §4.6, admins only; no error when it is already gone). The image files
 * themselves stay wherever they are hosted.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useRemoveRelease() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => client.api.os.version.remove({ version }),
    onSuccess: () => invalidateRegistry(qc, url, 'os'),
  });
}
