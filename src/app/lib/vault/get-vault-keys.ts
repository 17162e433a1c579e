/**
 * @module
 * The stored keys (public metadata and sealed seeds; never a clear seed).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listRecords } from './vault-store.ts';
import { vaultKeys } from './vault-keys.ts';

export const vaultKeysOptions = () => queryOptions({ queryKey: vaultKeys.lists(), queryFn: listRecords, staleTime: Infinity });

export function useVaultKeys() {
  return useQuery(vaultKeysOptions());
}
