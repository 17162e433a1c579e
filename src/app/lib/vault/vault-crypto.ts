/**
 * @module
 * Passphrase encryption of a 32-byte Ed25519 seed (and, through `sealBytes`/`openBytes`, of
 * any short secret) with WebCrypto only (design.md §4.2):
 * passphrase (NFC) → PBKDF2-SHA256 (≥ 600 000 iterations, random 16-byte salt) → 256-bit
 * secret → HKDF-SHA256 → an AES-GCM-256 key plus a 32-byte check value. AES-GCM uses a random
 * 12-byte IV and authenticates the caller's metadata as additional data (AAD).
 *
 * The check value tells a wrong passphrase from a damaged record. It gives an attacker nothing
 * the GCM tag does not: each guess still costs the full PBKDF2 work.
 */
import { encodeBase64, parseBase64 } from '../../../core/bytes/base64.ts';
import { equalBytes } from '../../../core/bytes/bytes.ts';
import { VaultError } from './vault-errors.ts';

/** OWASP 2023 floor for PBKDF2-HMAC-SHA256; production never goes below it. */
export const PBKDF2_ITERATIONS = 600_000;
/** Guards decryption against a record that would hang the tab. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const SEED_BYTES = 32;
const INFO_AES = 'registry-console/vault/v1 aes-gcm-256';
const INFO_CHECK = 'registry-console/vault/v1 passphrase-check';

/** Everything needed to decrypt a seed (or other sealed bytes), given the passphrase and the same AAD. */
export interface SealedSeed {
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM-256'; iv: string; ciphertext: string };
  /** Base64 HKDF output that is equal only for the right passphrase. */
  check: string;
}

export interface DerivedKey {
  /** Non-extractable AES-GCM-256 key. */
  key: CryptoKey;
  check: Uint8Array;
}

export interface EncryptOptions {
  /**
   * PBKDF2 iterations. Defaults to {@link PBKDF2_ITERATIONS}. Lower values are refused outside
   * the test runner (`import.meta.env.MODE === 'test'`), so only tests can make it faster.
   */
  iterations?: number;
}

function subtle(): SubtleCrypto {
  // Undefined outside a secure context (plain http:// to a LAN address).
  const s = globalThis.crypto?.subtle;
  if (!s) throw new VaultError('VAULT_UNAVAILABLE', 'crypto.subtle is not available (not a secure context)');
  return s;
}
const bytes = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * Derives the AES-GCM key and the check value from a passphrase.
 * @param salt 16 random bytes stored with the record.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<DerivedKey> {
  const pw = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const secret = new Uint8Array(
    await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations }, pw, 256),
  );
  const hkdf = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey', 'deriveBits']);
  secret.fill(0);
  const params = (info: string): HkdfParams => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) });
  const key = await subtle().deriveKey(params(INFO_AES), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const check = new Uint8Array(await subtle().deriveBits(params(INFO_CHECK), hkdf, 256));
  return { key, check };
}

function assertIterations(iterations: number): void {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new VaultError('VAULT_BAD_INPUT', `PBKDF2 iterations out of range: ${iterations}`);
  }
  if (iterations < PBKDF2_ITERATIONS && import.meta.env?.MODE !== 'test') {
    throw new VaultError('VAULT_BAD_INPUT', `PBKDF2 iterations below ${PBKDF2_ITERATIONS} are for tests only`);
  }
}

/**
 * Encrypts any bytes under a passphrase, with a fresh salt and IV: the one sealing primitive
 * of the console (the key vault's seeds and the bucket's credentials both go through it).
 * @param aad metadata bound to the ciphertext; decryption needs exactly the same bytes.
 * @throws VaultError `VAULT_BAD_INPUT` (iterations out of range or below the floor).
 */
export async function sealBytes(plain: Uint8Array, passphrase: string, aad: Uint8Array, options: EncryptOptions = {}): Promise<SealedSeed> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  assertIterations(iterations);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  const data = bytes(plain);
  try {
    const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: bytes(aad), tagLength: 128 }, key, data);
    return {
      kdf: { name: 'PBKDF2-SHA256', iterations, salt: encodeBase64(salt) },
      cipher: { name: 'AES-GCM-256', iv: encodeBase64(iv), ciphertext: encodeBase64(new Uint8Array(ciphertext)) },
      check: encodeBase64(check),
    };
  } finally {
    data.fill(0);
  }
}

/**
 * Encrypts a seed under a passphrase, with a fresh salt and IV.
 * @param aad metadata bound to the ciphertext; decryption needs exactly the same bytes.
 * @throws VaultError `VAULT_BAD_INPUT` (seed not 32 bytes, iterations out of range).
 */
export async function encryptSeed(seed: Uint8Array, passphrase: string, aad: Uint8Array, options: EncryptOptions = {}): Promise<SealedSeed> {
  if (seed.length !== SEED_BYTES) throw new VaultError('VAULT_BAD_INPUT', 'the seed must be 32 bytes');
  return sealBytes(seed, passphrase, aad, options);
}

function decode(b64: string, what: string): Uint8Array {
  try {
    return parseBase64(b64);
  } catch {
    throw new VaultError('VAULT_BAD_RECORD', `${what} is not Base64`);
  }
}

/**
 * Decrypts what {@link sealBytes} sealed. The caller owns the returned bytes and should wipe
 * them (`fill(0)`) when they are secret.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE` (the passphrase does not open it),
 *   `VAULT_CORRUPT` (right passphrase, altered ciphertext, IV or AAD),
 *   `VAULT_BAD_RECORD` (malformed parameters: iterations, Base64, salt or IV length).
 */
export async function openBytes(sealed: SealedSeed, passphrase: string, aad: Uint8Array): Promise<Uint8Array> {
  const { iterations } = sealed.kdf;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new VaultError('VAULT_BAD_RECORD', `PBKDF2 iterations out of range: ${iterations}`);
  }
  const salt = decode(sealed.kdf.salt, 'salt');
  const iv = decode(sealed.cipher.iv, 'IV');
  const ciphertext = decode(sealed.cipher.ciphertext, 'ciphertext');
  const stored = decode(sealed.check, 'check');
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES) throw new VaultError('VAULT_BAD_RECORD', 'bad salt or IV length');
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  try {
    return new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv: bytes(iv), additionalData: bytes(aad), tagLength: 128 }, key, bytes(ciphertext)),
    );
  } catch {
    // GCM says only "no". The check value says whether the passphrase was the reason.
    if (equalBytes(check, stored)) throw new VaultError('VAULT_CORRUPT', 'the record fails authentication');
    throw new VaultError('VAULT_WRONG_PASSPHRASE', 'wrong passphrase');
  }
}

/**
 * Decrypts a seed. The caller owns the returned bytes and should wipe them (`fill(0)`).
 * @throws VaultError as {@link openBytes}, and `VAULT_CORRUPT` when the plaintext is not 32 bytes.
 */
export async function decryptSeed(sealed: SealedSeed, passphrase: string, aad: Uint8Array): Promise<Uint8Array> {
  const plain = await openBytes(sealed, passphrase, aad);
  if (plain.length !== SEED_BYTES) {
    plain.fill(0);
    throw new VaultError('VAULT_CORRUPT', 'the decrypted seed is not 32 bytes');
  }
  return plain;
}
