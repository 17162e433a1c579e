/**
 * @module
 * Saves the idle-lock setting and applies it to the running watcher at once.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveVaultSettings, type VaultSettings } from '../../../lib/vault/vault-store.ts';
import { configureIdleLock, idleTimeoutMs } from '../../../lib/vault/idle-lock.ts';
import { vaultKeys } from '../../../lib/vault/vault-keys.ts';

export async function saveSettings(settings: VaultSettings): Promise<VaultSettings> {
  await saveVaultSettings(settings);
  configureIdleLock({ timeoutMs: idleTimeoutMs(settings.idleMinutes) });
  return settings;
}

export function useSaveVaultSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveSettings,
    onSuccess: (settings) => qc.setQueryData(vaultKeys.settings(), settings),
  });
}
