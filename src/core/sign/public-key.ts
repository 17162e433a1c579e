/**
 * @module
 * Ed25519 public keys as the registry stores them: SPKI `PUBLIC KEY` DER and PEM, canonical
 * form and fingerprints (spec/registry-api.md §2.7, §7). No curve arithmetic here, so showing
 * who signed what costs no download of the signing code (keys.ts handles private keys).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { CoreError } from '../errors.ts';
import { concatBytes, equalBytes } from '../bytes/bytes.ts';
import { parseHex } from '../bytes/hex.ts';
import { encodeBase64 } from '../bytes/base64.ts';
import { encodePem, parsePem } from './pem.ts';

/** `30 2A 30 05 06 03 2B 65 70 03 21 00`: SPKI prefix for id-Ed25519. */
const SPKI_PREFIX = parseHex('302a300506032b6570032100');

/** SPKI DER (44 bytes) of a raw public key. */
export function encodePublicKeyDer(publicKey: Uint8Array): Uint8Array {
  assertKeyLength(publicKey, 32, 'public key');
  return concatBytes(SPKI_PREFIX, publicKey);
}

/** Canonical `PUBLIC KEY` PEM of a raw public key (what the registry stores and compares). */
export function encodePublicKeyPem(publicKey: Uint8Array): string {
  return encodePem('PUBLIC KEY', encodePublicKeyDer(publicKey));
}

/**
 * Raw public key from SPKI DER.
 * @throws CoreError `KEY_BAD_DER`.
 */
export function parsePublicKeyDer(der: Uint8Array): Uint8Array {
  if (der.length !== 44 || !equalBytes(der.subarray(0, 12), SPKI_PREFIX)) {
    throw new CoreError('KEY_BAD_DER', 'not an Ed25519 SubjectPublicKeyInfo (44 bytes, id-Ed25519)');
  }
  return der.slice(12);
}

/**
 * Raw public key from a `PUBLIC KEY` PEM.
 * @throws CoreError `PEM_MALFORMED`, `PEM_WRONG_LABEL`, `KEY_BAD_DER`.
 */
export function parsePublicKeyPem(pem: string): Uint8Array {
  return parsePublicKeyDer(parsePem(pem, 'PUBLIC KEY').der);
}

/**
 * Re-encodes any accepted public key PEM (CRLF, missing newline) in canonical form, so that
 * string comparison against registry data works (spec §7).
 */
export function canonicalPublicKeyPem(pem: string): string {
  return encodePublicKeyPem(parsePublicKeyPem(pem));
}

/** Display fingerprint in OpenSSH style: `SHA256:` + unpadded Base64 of SHA-256(raw key). */
export function keyFingerprint(publicKey: Uint8Array): string {
  return `SHA256:${encodeBase64(sha256(publicKey), { pad: false })}`;
}

/** @throws CoreError `KEY_BAD_LENGTH` unless `bytes` is a Uint8Array of `length` bytes. */
export function assertKeyLength(bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new CoreError('KEY_BAD_LENGTH', `${what} must be ${length} bytes`);
  }
}
