/**
 * @module
 * Passphrase encryption of a short secret (the bucket's access key and secret) with the key
 * vault's own derivation (`deriveKey`: PBKDF2-SHA256 ≥ 600 000 → HKDF → AES-GCM-256 + a check
 * value), so a wrong passphrase is told apart from a damaged record. The vault's
 * `encryptSeed` only takes 32-byte seeds, hence this thin wrapper for any UTF-8 text.
 */
import { encodeBase64, parseBase64 } from '../../../../core/bytes/base64.ts';
import { equalBytes } from '../../../../core/bytes/bytes.ts';
import { deriveKey, PBKDF2_ITERATIONS } from '../../../lib/vault/vault-crypto.ts';
import { VaultError } from '../../../lib/vault/vault-errors.ts';

export interface SealedSecret {
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM-256'; iv: string; ciphertext: string };
  check: string;
}

const buf = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);

/** Encrypts `plain` under `passphrase`, bound to `aad` (what the secret belongs to). */
export async function sealSecret(plain: string, passphrase: string, aad: string, iterations = PBKDF2_ITERATIONS): Promise<SealedSecret> {
  if (passphrase.length < 8) throw new VaultError('VAULT_BAD_INPUT', 'the passphrase must have at least 8 characters', { field: 'passphrase' });
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  const data = new TextEncoder().encode(plain);
  try {
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) }, key, data);
    return {
      kdf: { name: 'PBKDF2-SHA256', iterations, salt: encodeBase64(salt) },
      cipher: { name: 'AES-GCM-256', iv: encodeBase64(iv), ciphertext: encodeBase64(new Uint8Array(ct)) },
      check: encodeBase64(check),
    };
  } finally {
    data.fill(0);
  }
}

/**
 * Decrypts a sealed secret.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE`, `VAULT_CORRUPT`, `VAULT_BAD_RECORD`.
 */
export async function openSecret(sealed: SealedSecret, passphrase: string, aad: string): Promise<string> {
  let salt: Uint8Array, iv: Uint8Array, ct: Uint8Array, stored: Uint8Array;
  try {
    salt = parseBase64(sealed.kdf.salt);
    iv = parseBase64(sealed.cipher.iv);
    ct = parseBase64(sealed.cipher.ciphertext);
    stored = parseBase64(sealed.check);
  } catch {
    throw new VaultError('VAULT_BAD_RECORD', 'the stored bucket secret is malformed');
  }
  const { iterations } = sealed.kdf;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > 10_000_000) throw new VaultError('VAULT_BAD_RECORD', 'bad iteration count');
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  if (!equalBytes(check, stored)) throw new VaultError('VAULT_WRONG_PASSPHRASE', 'wrong passphrase', { field: 'passphrase' });
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: new TextEncoder().encode(aad) }, key, buf(ct));
    return new TextDecoder().decode(plain);
  } catch {
    throw new VaultError('VAULT_CORRUPT', 'the stored bucket secret fails authentication');
  }
}
