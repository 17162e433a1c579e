/**
 * @module
 * Ed25519 key encodings: PKCS#8 `PRIVATE KEY` (v1 and the v2 form written by `start-cli
 * init-key`) and seeds, spec/registry-api.md §2.7. The SPKI `PUBLIC KEY` encodings live in
 * public-key.ts (no curve code) and are re-exported here.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { CoreError } from '../errors.ts';
import { concatBytes, equalBytes } from '../bytes/bytes.ts';
import { parseHex } from '../bytes/hex.ts';
import { encodePem, parsePem } from './pem.ts';
import { assertKeyLength } from './public-key.ts';

export {
  canonicalPublicKeyPem,
  encodePublicKeyDer,
  encodePublicKeyPem,
  keyFingerprint,
  parsePublicKeyDer,
  parsePublicKeyPem,
} from './public-key.ts';

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
  assertKeyLength(seed, 32, 'seed');
  return ed25519.getPublicKey(seed);
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
