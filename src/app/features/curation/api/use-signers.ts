/**
 * @module
 * Every registered signer: `admin.signer.list` (admin only, spec/registry-api.md §4.7), over the
 * shared `signersOptions` (the package page reads the same list to name signatures).
 */
import { useQuery } from '@tanstack/react-query';
import { signersOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useSigners(enabled = true) {
  return useQuery({ ...signersOptions(useRegistryScope()), enabled });
}
