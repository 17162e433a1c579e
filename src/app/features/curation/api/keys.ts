/**
 * @module
 * Query keys of the curation feature's own reads, under the registry's key (style.md §2.4), and
 * the prefixes its writes invalidate. Shared keys come from `registryKeys`.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { registryKeys } from '../../../lib/registry-scope.tsx';

export const curationKeys = {
  admins: registryKeys.admins,
  allPackageSigners: registryKeys.allPackageSigners,
  packageSigners: registryKeys.packageSigners,
  /** The signed full `index` for any key (prefix of `registryKeys.index`). */
  fullIndex: (url: string) => [...registryKeys.all(url), 'index'] as const,
  /** The detected role for any key (prefix of `registryKeys.role`). */
  role: (url: string) => [...registryKeys.all(url), 'role'] as const,
};

/** Invalidates each key (prefix match) and resolves when the active ones have refetched. */
export function invalidate(qc: QueryClient, keys: readonly QueryKey[]): Promise<unknown> {
  return Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey })));
}
