/**
 * @module
 * The package page's removals (design.md §4.4, spec registry-api.md §4.3): a variant, a version
 * or the package. Mirrors are added and removed through lib/mirror-mutations.ts. Each refreshes
 * the registry's package reads on success.
 */
import { useMutation } from '@tanstack/react-query';
import { useRefreshPackages } from '../../../lib/mirror-mutations.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

/** `package.remove`: a variant (`version` + `sighash`), a version, or the package (`force`). */
export function useRemove() {
  const { client } = useRegistryScope();
  const refresh = useRefreshPackages();
  return useMutation({
    mutationFn: (p: { id: string; version?: string; sighash?: string; force?: boolean }) => client.api.package.remove(p),
    onSuccess: refresh,
  });
}
