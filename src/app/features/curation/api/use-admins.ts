/**
 * @module
 * The admin set: `admin.list` (admin only, spec/registry-api.md §4.7). Signers that no longer
 * exist are not in it, which is what the last-admin guard needs.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { curationKeys } from './keys.ts';

export const adminsOptions = (client: RegistryClient) =>
  queryOptions({
    queryKey: curationKeys.admins(client.url),
    queryFn: ({ signal }) => client.api.admin.list({ signal }),
  });

export function useAdmins(enabled = true) {
  return useQuery({ ...adminsOptions(useRegistryScope().client), enabled });
}
