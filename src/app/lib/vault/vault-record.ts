/**
 * @module
 * One stored key: public metadata in clear (name, public key PEM for display) plus the seed
 * sealed by vault-crypto, with the metadata bound to the ciphertext as AES-GCM AAD so that
 * swapping the shown public key or name for another record's breaks decryption.
 */
import { encodeHex } from '../../../core/bytes/hex.ts';
import { canonicalPublicKeyPem, encodePublicKeyPem, keyFingerprint, parsePublicKeyPem, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { decryptSeed, encryptSeed, type EncryptOptions, type SealedSeed } from './vault-crypto.ts';
import { VaultError } from './vault-errors.ts';
import { keyNameProblem, passphraseProblem } from './vault-rules.ts';

export const VAULT_RECORD_FORMAT = 'registry-console/vault-key/1';

/** The stored form of a key. Never holds the seed, a private key PEM or the passphrase. */
export interface VaultRecord extends SealedSeed {
  format: typeof VAULT_RECORD_FORMAT;
  id: string;
  name: string;
  /** Canonical SPKI `PUBLIC KEY` PEM, what a registry's "Add Administrator" asks for. */
  publicKeyPem: string;
  /** ISO 8601. */
  createdAt: string;
}

export type VaultRecordMeta = Pick<VaultRecord, 'format' | 'id' | 'name' | 'publicKeyPem' | 'createdAt'>;

/** The AAD: a JSON array in fixed order, so the bytes do not depend on property order. */
export function recordAad(meta: VaultRecordMeta): Uint8Array {
  return new TextEncoder().encode(JSON.stringify([meta.format, meta.id, meta.name, meta.publicKeyPem, meta.createdAt]));
}

function newId(): string {
  return encodeHex(crypto.getRandomValues(new Uint8Array(16)));
}

export interface SealInput {
  name: string;
  seed: Uint8Array;
  passphrase: string;
}

/**
 * Builds a new record for a seed (the caller keeps ownership of `seed` and wipes it).
 * @throws VaultError `VAULT_BAD_INPUT` (name or passphrase against the rules).
 */
export async function sealKeyRecord(input: SealInput, options: EncryptOptions = {}): Promise<VaultRecord> {
  const nameProblem = keyNameProblem(input.name);
  if (nameProblem) throw new VaultError('VAULT_BAD_INPUT', nameProblem, { field: 'name' });
  const passProblem = passphraseProblem(input.passphrase);
  if (passProblem) throw new VaultError('VAULT_BAD_INPUT', passProblem, { field: 'passphrase' });
  const meta: VaultRecordMeta = {
    format: VAULT_RECORD_FORMAT,
    id: newId(),
    name: input.name.trim(),
    publicKeyPem: encodePublicKeyPem(publicKeyFromSeed(input.seed)),
    createdAt: new Date().toISOString(),
  };
  const sealed = await encryptSeed(input.seed, input.passphrase, recordAad(meta), options);
  return { ...meta, ...sealed };
}

/**
 * Decrypts a record's seed and checks it against the public key shown for it.
 * The caller owns the returned seed and must wipe it.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE`, `VAULT_CORRUPT`, `VAULT_BAD_RECORD`.
 */
export async function openKeyRecord(record: VaultRecord, passphrase: string): Promise<Uint8Array> {
  const seed = await decryptSeed(record, passphrase, recordAad(record));
  if (encodePublicKeyPem(publicKeyFromSeed(seed)) !== record.publicKeyPem) {
    seed.fill(0);
    throw new VaultError('VAULT_CORRUPT', 'the decrypted seed does not match the stored public key');
  }
  return seed;
}

/** `SHA256:…` fingerprint of a record's public key. */
export function recordFingerprint(record: Pick<VaultRecord, 'publicKeyPem'>): string {
  return keyFingerprint(parsePublicKeyPem(record.publicKeyPem));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Checks that a stored value is a record of this format.
 * @throws VaultError `VAULT_BAD_RECORD`.
 */
export function parseVaultRecord(value: unknown): VaultRecord {
  const bad = (why: string) => new VaultError('VAULT_BAD_RECORD', `not a vault record: ${why}`);
  if (!isObject(value) || value.format !== VAULT_RECORD_FORMAT) throw bad('unknown format');
  const { id, name, publicKeyPem, createdAt, kdf, cipher, check } = value;
  if (![id, name, publicKeyPem, createdAt, check].every(isString)) throw bad('missing fields');
  if (!isObject(kdf) || kdf.name !== 'PBKDF2-SHA256' || typeof kdf.iterations !== 'number' || !isString(kdf.salt)) throw bad('kdf');
  if (!isObject(cipher) || cipher.name !== 'AES-GCM-256' || !isString(cipher.iv) || !isString(cipher.ciphertext)) throw bad('cipher');
  try {
    if (canonicalPublicKeyPem(publicKeyPem as string) !== publicKeyPem) throw bad('public key not canonical');
  } catch {
    throw bad('public key');
  }
  return value as unknown as VaultRecord;
}
