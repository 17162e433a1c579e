/**
 * @module
 * Unsigned LEB128 varints (u64) and varstrings, as used in s9pk directory tables
 * (spec/s9pk-format.md §0; upstream merkle_archive/varint.rs).
 */
import { CoreError } from '../errors.ts';
import { U64_MAX, concatBytes } from './bytes.ts';
import { encodeUtf8, parseUtf8 } from './utf8.ts';

/** Minimal LEB128 encoding of a u64. */
export function encodeVarint(value: bigint | number): Uint8Array {
  let v = BigInt(value);
  if (v < 0n || v > U64_MAX) throw new CoreError('BYTES_RANGE', `varint out of range: ${v}`);
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    out.push(byte);
  } while (v !== 0n);
  return Uint8Array.from(out);
}

export interface Decoded<T> {
  value: T;
  /** Number of bytes consumed. */
  length: number;
}

/**
 * Decodes a varint at `offset`. Accepts non-minimal encodings (as upstream does) but not
 * values above 2^64-1 or more than 10 bytes.
 * @throws CoreError `BYTES_RANGE` (ran out of bytes) or `BYTES_VARINT` (overflow).
 */
export function parseVarint(bytes: Uint8Array, offset = 0): Decoded<bigint> {
  let value = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    const b = bytes[offset + i];
    if (b === undefined) throw new CoreError('BYTES_RANGE', 'varint runs past end', { offset });
    value |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) {
      if (value > U64_MAX) throw new CoreError('BYTES_VARINT', 'varint overflows u64', { offset });
      return { value, length: i + 1 };
    }
    shift += 7n;
  }
  throw new CoreError('BYTES_VARINT', 'varint longer than 10 bytes', { offset });
}

/** varint(byteLength) ‖ UTF-8 bytes. */
export function encodeVarstring(text: string): Uint8Array {
  const body = encodeUtf8(text);
  return concatBytes(encodeVarint(body.length), body);
}

/**
 * Decodes a varstring at `offset`.
 * @throws CoreError `BYTES_RANGE`, `BYTES_VARINT`, `BYTES_BAD_UTF8`.
 */
export function parseVarstring(bytes: Uint8Array, offset = 0): Decoded<string> {
  const len = parseVarint(bytes, offset);
  const start = offset + len.length;
  const end = BigInt(start) + len.value;
  if (end > BigInt(bytes.length)) {
    throw new CoreError('BYTES_RANGE', 'varstring runs past end', { offset });
  }
  const value = parseUtf8(bytes.subarray(start, Number(end)));
  return { value, length: Number(end) - offset };
}
