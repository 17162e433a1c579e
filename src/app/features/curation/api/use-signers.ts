/**
 * @module
 * Every registered signer: `admin.signer.list` (admin only, spec/registry-api.md §4.7), under the
 * shared `registryKeys.signers` key (the package page reads the same list to name signatures).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { registryKeys, useRegistryScope } from '../../../lib/registry-scope.tsx';

export const signersOptions = (client: RegistryClient) =>
  queryOptions({
    queryKey: registryKeys.signers(client.url),
    queryFn: ({ signal }) => client.api.admin.signer.list({ signal }),
  });

export function useSigners(enabled = true) {
  return useQuery({ ...signersOptions(useRegistryScope().client), enabled });
}
