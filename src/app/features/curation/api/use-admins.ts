/**
 * @module
 * The admin set: `admin.list` (admin only, spec/registry-api.md §4.7). Signers that no longer
 * exist are not in it, which is what the last-admin guard needs.
 */
import { useQuery } from '@tanstack/react-query';
import { adminsOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useAdmins(enabled = true) {
  return useQuery({ ...adminsOptions(useRegistryScope()), enabled });
}
