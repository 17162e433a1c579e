/**
 * @module
 * The `X-StartOS-Auth-Sig` request signature (spec/registry-api.md §2.2–§2.10): build it on
 * the client over the exact body bytes, parse and verify it on the server.
 */
import { blake3 } from '@noble/hashes/blake3.js';
import { concatBytes, encodeI64be, encodeU64be, equalBytes, U64_MAX } from '../bytes/bytes.ts';
import { encodeBase64, parseBase64 } from '../bytes/base64.ts';
import { CoreError } from '../errors.ts';
import { signPh, verifyPh } from './ed25519ph.ts';
import { encodePublicKeyPem, parsePublicKeyPem, publicKeyFromSeed } from './keys.ts';
import { encodeSignaturePem, parseSignaturePem } from './signature.ts';

export { AUTH_HEADER } from './auth-header-name.ts';
/** Accepted clock difference in seconds (middleware/auth/signature.rs). */
export const TIMESTAMP_WINDOW_SECONDS = 30;
const AUTH_KEYS = ['timestamp', 'nonce', 'size', 'blake3', 'signer', 'signature'] as const;

export interface AuthHeaderInput {
  seed: Uint8Array;
  /** The exact bytes that will be sent as the HTTP body. */
  body: Uint8Array;
  /** Signing context: one of the registry's configured hostnames (§2.6). */
  context: string;
  /** Unix seconds; defaults to now. */
  timestamp?: bigint;
  /** 64-bit nonce; defaults to a fresh random value. */
  nonce?: bigint;
}

/** Fresh random u64 from the platform CSPRNG. */
export function randomNonce(): bigint {
  const b = crypto.getRandomValues(new Uint8Array(8));
  return new DataView(b.buffer).getBigUint64(0);
}

/** The 56-byte message M = i64be(timestamp) ‖ u64be(nonce) ‖ u64be(size) ‖ blake3 (§2.4). */
export function authMessage(timestamp: bigint, nonce: bigint, size: bigint, hash: Uint8Array): Uint8Array {
  return concatBytes(encodeI64be(timestamp), encodeU64be(nonce), encodeU64be(size), hash);
}

/** Builds the header value (§2.3, §2.8): six form-encoded pairs in upstream's order. */
export function buildAuthHeader(input: AuthHeaderInput): string {
  const timestamp = input.timestamp ?? BigInt(Math.floor(Date.now() / 1000));
  const nonce = input.nonce ?? randomNonce();
  const size = BigInt(input.body.length);
  const hash = blake3(input.body);
  const sig = signPh(authMessage(timestamp, nonce, size, hash), input.seed, input.context);
  const q = new URLSearchParams();
  q.append('timestamp', timestamp.toString());
  q.append('nonce', nonce.toString());
  q.append('size', size.toString());
  q.append('blake3', encodeBase64(hash, { pad: false }));
  q.append('signer', encodePublicKeyPem(publicKeyFromSeed(input.seed)));
  q.append('signature', encodeSignaturePem(sig));
  return q.toString();
}

export interface ParsedAuthHeader {
  timestamp: bigint;
  nonce: bigint;
  size: bigint;
  blake3: Uint8Array;
  /** Raw 32-byte public key of the signer. */
  signer: Uint8Array;
  /** Canonical PEM of the signer key. */
  signerPem: string;
  signature: Uint8Array;
}

function parseInteger(key: string, text: string, min: bigint, max: bigint): bigint {
  if (!/^[+-]?[0-9]+$/.test(text) || (min === 0n && text.startsWith('-'))) {
    throw new CoreError('AUTH_HEADER_BAD_NUMBER', `invalid digit in ${key}`, { key });
  }
  const v = BigInt(text);
  if (v < min || v > max) throw new CoreError('AUTH_HEADER_BAD_NUMBER', `${key} out of range`, { key });
  return v;
}

function badValue(key: string, message: string): CoreError {
  return new CoreError('AUTH_HEADER_BAD_VALUE', `${key}: ${message}`, { key });
}

/**
 * Parses a header value (checks 1 and 2 of §2.9). Repeated keys: the last one wins.
 * @throws CoreError `AUTH_HEADER_MISSING_KEY` (detail.key; registry code 6),
 *   `AUTH_HEADER_BAD_NUMBER` (code 28), `AUTH_HEADER_BAD_VALUE` (code 12).
 */
export function parseAuthHeader(value: string): ParsedAuthHeader {
  const map = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(value)) map.set(k, v);
  for (const key of AUTH_KEYS) {
    if (!map.has(key)) throw new CoreError('AUTH_HEADER_MISSING_KEY', key, { key });
  }
  const get = (k: (typeof AUTH_KEYS)[number]): string => map.get(k)!;
  const timestamp = parseInteger('timestamp', get('timestamp'), -(1n << 63n), (1n << 63n) - 1n);
  const nonce = parseInteger('nonce', get('nonce'), 0n, U64_MAX);
  const size = parseInteger('size', get('size'), 0n, U64_MAX);
  let hash: Uint8Array;
  try {
    hash = parseBase64(get('blake3'));
  } catch {
    throw badValue('blake3', 'invalid Base64');
  }
  if (hash.length !== 32) throw badValue('blake3', 'hash must be 32 bytes');
  let signer: Uint8Array;
  let signature: Uint8Array;
  try {
    signer = parsePublicKeyPem(get('signer'));
  } catch (e) {
    throw badValue('signer', (e as Error).message);
  }
  try {
    signature = parseSignaturePem(get('signature'));
  } catch (e) {
    throw badValue('signature', (e as Error).message);
  }
  return { timestamp, nonce, size, blake3: hash, signer, signerPem: encodePublicKeyPem(signer), signature };
}

/**
 * Check 3: the signature verifies under at least one of the configured contexts. Returns the
 * matching context, or null.
 */
export function verifyAuthSignature(h: ParsedAuthHeader, contexts: readonly string[]): string | null {
  const m = authMessage(h.timestamp, h.nonce, h.size, h.blake3);
  for (const c of contexts) if (verifyPh(h.signature, m, h.signer, c)) return c;
  return null;
}

/** Check 4: |now − timestamp| ≤ 30 s (server clock, Unix seconds). */
export function isTimestampFresh(h: ParsedAuthHeader, nowSeconds: bigint): boolean {
  const d = nowSeconds - h.timestamp;
  return (d < 0n ? -d : d) <= BigInt(TIMESTAMP_WINDOW_SECONDS);
}

/**
 * Check 6: the first `size` bytes of `body` hash to `blake3`. Returns the accepted body
 * (truncated to `size`, as upstream reads no further) or null when it must be emptied.
 */
export function checkSignedBody(h: ParsedAuthHeader, body: Uint8Array): Uint8Array | null {
  if (BigInt(body.length) < h.size) return null;
  const used = body.subarray(0, Number(h.size));
  return equalBytes(blake3(used), h.blake3) ? used : null;
}
