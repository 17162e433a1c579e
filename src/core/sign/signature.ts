/**
 * @module
 * The registry's `SIGNATURE` encoding: a 75-byte custom DER SEQUENCE (not X.509),
 * spec/registry-api.md §2.7.
 */
import { CoreError } from '../errors.ts';
import { concatBytes, equalBytes } from '../bytes/bytes.ts';
import { parseHex } from '../bytes/hex.ts';
import { encodePem, parsePem } from './pem.ts';

/** `30 49 30 05 06 03 2B 65 70 04 40`; the algorithm parameters must be absent. */
const SIGNATURE_PREFIX = parseHex('3049300506032b65700440');

/** 75-byte DER of a raw 64-byte signature. */
export function encodeSignatureDer(signature: Uint8Array): Uint8Array {
  if (signature.length !== 64) throw new CoreError('KEY_BAD_LENGTH', 'signature must be 64 bytes');
  return concatBytes(SIGNATURE_PREFIX, signature);
}

/** `SIGNATURE` PEM of a raw 64-byte signature. */
export function encodeSignaturePem(signature: Uint8Array): string {
  return encodePem('SIGNATURE', encodeSignatureDer(signature));
}

/**
 * Raw 64-byte signature from its DER.
 * @throws CoreError `SIG_BAD_DER`.
 */
export function parseSignatureDer(der: Uint8Array): Uint8Array {
  if (der.length !== 75 || !equalBytes(der.subarray(0, 11), SIGNATURE_PREFIX)) {
    throw new CoreError('SIG_BAD_DER', 'not an Ed25519 SIGNATURE (75 bytes, id-Ed25519, no parameters)');
  }
  return der.slice(11);
}

/**
 * Raw signature from a `SIGNATURE` PEM.
 * @throws CoreError `PEM_MALFORMED`, `PEM_WRONG_LABEL`, `SIG_BAD_DER`.
 */
export function parseSignaturePem(pem: string): Uint8Array {
  return parseSignatureDer(parsePem(pem, 'SIGNATURE').der);
}
