/**
 * @module
 * Vault actions shared by the Keys page and demo mode: import a PEM into the encrypted store,
 * and unlock a stored key into vault-session (arming the idle lock).
 */
import { parsePrivateKeyPem } from '../../../core/sign/keys.ts';
import { unlockSession, type UnlockedKey } from '../vault-session.ts';
import type { EncryptOptions } from './vault-crypto.ts';
import { openKeyRecord, sealKeyRecord, type VaultRecord } from './vault-record.ts';
import { addRecord, getRecord, loadVaultSettings } from './vault-store.ts';
import { armIdleLock, configureIdleLock, idleTimeoutMs } from './idle-lock.ts';

/**
 * Parses, encrypts and stores a private key PEM; the parsed seed is wiped before returning.
 * @param options only tests pass `iterations` (see vault-crypto).
 * @throws CoreError `PEM_MALFORMED`, `PEM_WRONG_LABEL`, `KEY_BAD_DER`, `KEY_MISMATCH`;
 *   VaultError `VAULT_BAD_INPUT`, `VAULT_DUPLICATE_NAME`, `VAULT_DUPLICATE_KEY`, `VAULT_UNAVAILABLE`.
 */
export async function importKeyPem(name: string, pem: string, passphrase: string, options: EncryptOptions = {}): Promise<VaultRecord> {
  const seed = parsePrivateKeyPem(pem);
  try {
    const record = await sealKeyRecord({ name, seed, passphrase }, options);
    await addRecord(record);
    return record;
  } finally {
    seed.fill(0);
  }
}

export interface UnlockKeyInput {
  id: string;
  passphrase: string;
}

/**
 * Replaces any unlocked key with this one.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE`, `VAULT_CORRUPT`, `VAULT_NOT_FOUND`, `VAULT_BAD_RECORD`.
 */
export async function unlockKey(input: UnlockKeyInput): Promise<UnlockedKey> {
  const record = await getRecord(input.id);
  const settings = await loadVaultSettings();
  const seed = await openKeyRecord(record, input.passphrase);
  const key: UnlockedKey = { id: record.id, name: record.name, publicKeyPem: record.publicKeyPem };
  try {
    unlockSession(key, seed);
  } finally {
    seed.fill(0);
  }
  configureIdleLock({ timeoutMs: idleTimeoutMs(settings.idleMinutes) });
  armIdleLock();
  return key;
}

