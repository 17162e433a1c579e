/**
 * @module
 * Ed25519ph with a context string (RFC 8032 §5.1, phflag = 1), as upstream signs with
 * ed25519-dalek's prehashed API; verification is strict like `verify_prehashed_strict`
 * (spec/registry-api.md §2.5).
 */
import { ed25519, ed25519ph } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { CoreError } from '../errors.ts';

const DOM2_PREFIX = encodeUtf8('SigEd25519 no Ed25519 collisions');
const ORDER = ed25519.Point.Fn.ORDER;

function contextBytes(context: string | Uint8Array): Uint8Array {
  const c = typeof context === 'string' ? encodeUtf8(context) : context;
  if (c.length > 255) throw new CoreError('KEY_BAD_LENGTH', 'signature context longer than 255 bytes');
  return c;
}

/**
 * Signs `message` (SHA-512 prehashed inside) with a 32-byte seed under `context`.
 * @throws CoreError `KEY_BAD_LENGTH`.
 */
export function signPh(message: Uint8Array, seed: Uint8Array, context: string | Uint8Array): Uint8Array {
  if (seed.length !== 32) throw new CoreError('KEY_BAD_LENGTH', 'seed must be 32 bytes');
  return ed25519ph.sign(message, seed, { context: contextBytes(context) });
}

function leToBigint(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/**
 * Strict Ed25519ph verification. Returns false (never throws) for bad data: a non-canonical
 * point or scalar, a small-order `R` or public key, or a failing cofactorless equation
 * `[S]B = R + [k]A` — the checks of dalek's `verify_strict`.
 */
export function verifyPh(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  context: string | Uint8Array,
): boolean {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  let ctx: Uint8Array;
  try {
    ctx = contextBytes(context);
  } catch {
    return false;
  }
  try {
    const rBytes = signature.subarray(0, 32);
    const s = leToBigint(signature.subarray(32));
    if (s >= ORDER) return false;
    const A = ed25519.Point.fromBytes(publicKey, false);
    const R = ed25519.Point.fromBytes(rBytes, false);
    if (A.isSmallOrder() || R.isSmallOrder()) return false;
    const dom2 = concatBytes(DOM2_PREFIX, Uint8Array.of(1, ctx.length), ctx);
    const k = leToBigint(sha512(concatBytes(dom2, rBytes, publicKey, sha512(message)))) % ORDER;
    const lhs = ed25519.Point.BASE.multiplyUnsafe(s);
    const rhs = R.add(A.multiplyUnsafe(k));
    return lhs.equals(rhs);
  } catch {
    return false;
  }
}
