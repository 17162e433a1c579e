/**
 * @module
 * Passphrase encryption of a short secret (the bucket's access key and secret): a thin text
 * wrapper over the key vault's own sealing (vault-crypto.ts `sealBytes`/`openBytes`: PBKDF2-SHA256
 * ≥ 600 000 → HKDF → AES-GCM-256 + a check value), with the vault's passphrase rule.
 */
import { encodeUtf8, parseUtf8 } from '../../../core/bytes/utf8.ts';
import { openBytes, sealBytes, type SealedSeed } from '../vault/vault-crypto.ts';
import { VaultError } from '../vault/vault-errors.ts';
import { passphraseProblem } from '../vault/vault-rules.ts';

/** A sealed secret: the vault's record format. */
export type SealedSecret = SealedSeed;

/**
 * Encrypts `plain` under `passphrase`, bound to `aad` (what the secret belongs to).
 * @param iterations only tests pass fewer than the vault's floor (refused elsewhere).
 * @throws VaultError `VAULT_BAD_INPUT` (short passphrase, iterations out of range).
 */
export async function sealSecret(plain: string, passphrase: string, aad: string, iterations?: number): Promise<SealedSecret> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new VaultError('VAULT_BAD_INPUT', problem, { field: 'passphrase' });
  return sealBytes(encodeUtf8(plain), passphrase, encodeUtf8(aad), { iterations });
}

/**
 * Decrypts a sealed secret.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE`, `VAULT_CORRUPT`, `VAULT_BAD_RECORD`.
 */
export async function openSecret(sealed: SealedSecret, passphrase: string, aad: string): Promise<string> {
  const plain = await openBytes(sealed, passphrase, encodeUtf8(aad));
  try {
    return parseUtf8(plain);
  } finally {
    plain.fill(0);
  }
}
