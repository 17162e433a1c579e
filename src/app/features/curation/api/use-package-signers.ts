/**
 * @module
 * A package's scoped signers and their ranges: `package.signer.list` (anonymous, spec
 * registry-api.md §4.4), `{ guid: [SignerInfo, range] }`. Idle until a package is chosen.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { curationKeys } from './keys.ts';

export const packageSignersOptions = (client: RegistryClient, id: string) =>
  queryOptions({
    queryKey: curationKeys.packageSigners(client.url, id),
    queryFn: ({ signal }) => client.api.package.signer.list({ id }, { signal, anonymous: true }),
  });

export function usePackageSigners(id: string | null) {
  const { client } = useRegistryScope();
  return useQuery({ ...packageSignersOptions(client, id ?? ''), enabled: id !== null && id !== '' });
}
