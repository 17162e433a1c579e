/**
 * @module
 * Generates a new Ed25519 key and stores it encrypted. The seed exists only inside
 * `createKey` and is wiped before it returns; the key is not unlocked.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { generateSeed } from '../../../../core/sign/keys.ts';
import type { EncryptOptions } from '../../../lib/vault/vault-crypto.ts';
import { sealKeyRecord, type VaultRecord } from '../../../lib/vault/vault-record.ts';
import { addRecord } from '../../../lib/vault/vault-store.ts';
import { vaultKeys } from '../../../lib/vault/vault-keys.ts';

export interface CreateKeyInput {
  name: string;
  passphrase: string;
}

/**
 * @param options only tests pass `iterations` (see vault-crypto).
 * @throws VaultError `VAULT_BAD_INPUT`, `VAULT_DUPLICATE_NAME`, `VAULT_UNAVAILABLE`.
 */
export async function createKey(input: CreateKeyInput, options: EncryptOptions = {}): Promise<VaultRecord> {
  const seed = generateSeed();
  try {
    const record = await sealKeyRecord({ name: input.name, seed, passphrase: input.passphrase }, options);
    await addRecord(record);
    return record;
  } finally {
    seed.fill(0);
  }
}

export function useCreateKey(options: EncryptOptions = {}) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateKeyInput) => createKey(input, options),
    // The variables hold a passphrase: drop the mutation as soon as nothing observes it.
    gcTime: 0,
    onSuccess: () => qc.invalidateQueries({ queryKey: vaultKeys.lists() }),
  });
}
