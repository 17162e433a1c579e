/**
 * @module
 * Small byte-array helpers: concatenation, equality, u64 big-endian with BigInt.
 */
import { CoreError } from '../errors.ts';

export const U64_MAX = (1n << 64n) - 1n;

/** Concatenates byte arrays into a new array. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Byte-wise equality. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Encodes an unsigned 64-bit integer big-endian.
 * @throws CoreError `BYTES_RANGE` when the value is outside 0..2^64-1.
 */
export function encodeU64be(value: bigint | number): Uint8Array {
  const v = BigInt(value);
  if (v < 0n || v > U64_MAX) throw new CoreError('BYTES_RANGE', `u64 out of range: ${v}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v);
  return out;
}

/** Encodes a signed 64-bit integer big-endian (two's complement). */
export function encodeI64be(value: bigint | number): Uint8Array {
  const v = BigInt(value);
  if (v < -(1n << 63n) || v >= 1n << 63n) throw new CoreError('BYTES_RANGE', `i64 out of range: ${v}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, v);
  return out;
}

/**
 * Reads a u64 big-endian at `offset`.
 * @throws CoreError `BYTES_RANGE` when fewer than 8 bytes remain.
 */
export function parseU64be(bytes: Uint8Array, offset = 0): bigint {
  if (offset < 0 || offset + 8 > bytes.length) {
    throw new CoreError('BYTES_RANGE', 'u64 read past end', { offset });
  }
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 8).getBigUint64(0);
}

/** Converts a bigint to a number, throwing when it is not a safe integer. */
export function toSafeNumber(value: bigint, what = 'value'): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new CoreError('BYTES_RANGE', `${what} too large: ${value}`, { value: value.toString() });
  }
  return Number(value);
}
