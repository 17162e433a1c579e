/**
 * @module
 * Deletes a stored key (locking it first if it is the unlocked one). Without an exported copy
 * the key is gone for good; the form asks for the key's name before calling this.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentKey, lockSession } from '../../../lib/vault-session.ts';
import { deleteRecord } from '../../../lib/vault/vault-store.ts';
import { vaultKeys } from '../../../lib/vault/vault-keys.ts';

export async function deleteKey(id: string): Promise<void> {
  if (currentKey()?.id === id) lockSession();
  await deleteRecord(id);
}

/**
 * `onSuccess` runs after the list has been refreshed, even though the card that asked for the
 * deletion has unmounted by then (hook-level callbacks survive, per-call ones do not).
 */
export function useDeleteKey({ onSuccess }: { onSuccess?: (id: string) => void } = {}) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteKey,
    onSuccess: async (_: void, id: string) => {
      await qc.invalidateQueries({ queryKey: vaultKeys.lists() });
      onSuccess?.(id);
    },
  });
}
