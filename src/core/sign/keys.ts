/**
 * @module
 * Ed25519 key encodings: SPKI `PUBLIC KEY` and PKCS#8 `PRIVATE KEY` (v1 and the v2 form
 * written by `start-cli init-key`), spec/registry-api.md §2.7.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { CoreError } from '../errors.ts';
import { concatBytes, equalBytes } from '../bytes/bytes.ts';
import { parseHex } from '../bytes/hex.ts';
import { encodeBase64 } from '../bytes/base64.ts';
import { encodePem, parsePem } from './pem.ts';

/** `30 2A 30 05 06 03 2B 65 70 03 21 00`: SPKI prefix for id-Ed25519. */
const SPKI_PREFIX = parseHex('302a300506032b6570032100');
/** PKCS#8 v2 (OneAsymmetricKey with public key), as written by start-cli (developer/mod.rs). */
const PKCS8_V2_PREFIX = parseHex('3051020101300506032b657004220420');
const PKCS8_V2_PUB_TAG = parseHex('812100');
/** PKCS#8 v1 (no public key), as written by OpenSSL and node:crypto. */
const PKCS8_V1_PREFIX = parseHex('302e020100300506032b657004220420');

/** A 32-byte Ed25519 seed (the RFC 8032 private key). */
export type Seed = Uint8Array;

/** Generates a new random seed with the platform CSPRNG. */
export function generateSeed(): Seed {
  return ed25519.utils.randomSecretKey();
}

/**
 * Derives the raw 32-byte public key from a seed.
 * @throws CoreError `KEY_BAD_LENGTH`.
 */
export function publicKeyFromSeed(seed: Seed): Uint8Array {
  assertLength(seed, 32, 'seed');
  return ed25519.getPublicKey(seed);
}

/** SPKI DER (44 bytes) of a raw public key. */
export function encodePublicKeyDer(publicKey: Uint8Array): Uint8Array {
  assertLength(publicKey, 32, 'public key');
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

/** PKCS#8 v2 DER (83 bytes, public key included), byte-compatible with `start-cli init-key`. */
export function encodePrivateKeyDer(seed: Seed): Uint8Array {
  return concatBytes(PKCS8_V2_PREFIX, seed, PKCS8_V2_PUB_TAG, publicKeyFromSeed(seed));
}

/** `PRIVATE KEY` PEM in the start-cli form (`developer.key.pem`). */
export function encodePrivateKeyPem(seed: Seed): string {
  return encodePem('PRIVATE KEY', encodePrivateKeyDer(seed));
}

/**
 * Seed from PKCS#8 DER, v1 (48 bytes) or v2 (83 bytes). A v2 public key must match the seed.
 * @throws CoreError `KEY_BAD_DER`, `KEY_MISMATCH`.
 */
export function parsePrivateKeyDer(der: Uint8Array): Seed {
  if (der.length === 48 && equalBytes(der.subarray(0, 16), PKCS8_V1_PREFIX)) {
    return der.slice(16);
  }
  if (
    der.length === 83 &&
    equalBytes(der.subarray(0, 16), PKCS8_V2_PREFIX) &&
    equalBytes(der.subarray(48, 51), PKCS8_V2_PUB_TAG)
  ) {
    const seed = der.slice(16, 48);
    if (!equalBytes(publicKeyFromSeed(seed), der.subarray(51))) {
      throw new CoreError('KEY_MISMATCH', 'the public key in the file does not match its private key');
    }
    return seed;
  }
  throw new CoreError('KEY_BAD_DER', 'not an Ed25519 PKCS#8 private key (v1 or v2)');
}

/**
 * Seed from a `PRIVATE KEY` PEM such as `developer.key.pem`.
 * @throws CoreError `PEM_MALFORMED`, `PEM_WRONG_LABEL`, `KEY_BAD_DER`, `KEY_MISMATCH`.
 */
export function parsePrivateKeyPem(pem: string): Seed {
  return parsePrivateKeyDer(parsePem(pem, 'PRIVATE KEY').der);
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

function assertLength(bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new CoreError('KEY_BAD_LENGTH', `${what} must be ${length} bytes`);
  }
}
