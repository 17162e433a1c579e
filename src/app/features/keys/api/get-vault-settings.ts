/**
 * @module
 * The vault settings (idle-lock minutes).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadVaultSettings } from '../../../lib/vault/vault-store.ts';
import { vaultKeys } from '../../../lib/vault/vault-keys.ts';

export const vaultSettingsOptions = () =>
  queryOptions({ queryKey: vaultKeys.settings(), queryFn: loadVaultSettings, staleTime: Infinity });

export function useVaultSettings() {
  return useQuery(vaultSettingsOptions());
}
