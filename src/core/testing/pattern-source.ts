/**
 * @module
 * A deterministic pseudo-random ByteSource that generates its bytes on demand, so tests and
 * demos can write and verify archives of any size (e.g. 1 GiB) without holding them in memory.
 */
import type { ByteSource } from '../s9pk/byte-source.ts';
import { CoreError } from '../errors.ts';

/** Word `i` of stream `seed` (a 32-bit integer hash: murmur3 finaliser). */
function word(i: number, seed: number): number {
  let h = (Math.imul(i, 0x9e3779b1) ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Bytes `[offset, offset + length)` of pattern stream `seed`. */
export function patternBytes(offset: number, length: number, seed = 1): Uint8Array {
  const first = Math.floor(offset / 4);
  const words = new Uint32Array(Math.ceil((offset + length) / 4) - first);
  for (let k = 0; k < words.length; k++) words[k] = word(first + k, seed);
  // Word bytes are in platform (little-endian) order; fine for a pattern.
  return new Uint8Array(words.buffer).slice(offset - first * 4, offset - first * 4 + length);
}

/** `size` bytes determined by `seed`; a read of the same range always returns the same bytes. */
export function patternByteSource(size: number, seed = 1): ByteSource {
  return {
    size,
    read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        return Promise.reject(
          new CoreError('S9PK_TRUNCATED', 'read past the end of a pattern source'),
        );
      }
      return Promise.resolve(patternBytes(offset, length, seed));
    },
  };
}
