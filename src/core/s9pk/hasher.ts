/**
 * @module
 * Pluggable BLAKE3 (spec/s9pk-format.md §0: unkeyed hash mode, 32-byte output). The default is
 * @noble/hashes; a worker may inject a WASM hasher. No single `update()` ever gets more than
 * 1 MiB, because blake3-wasm 3.0.0 is wrong above that (notes/hashing-in-the-browser.md).
 */
import { blake3 } from '@noble/hashes/blake3.js';

/** An incremental BLAKE3 hash state. */
export interface Blake3Hasher {
  update(chunk: Uint8Array): void;
  digest(): Uint8Array;
}

/** Creates fresh hash states; inject a faster implementation through this interface. */
export interface HasherFactory {
  createHasher(): Blake3Hasher;
}

/** Largest chunk handed to one `update()` call. */
export const MAX_HASHER_UPDATE = 1 << 20;

/** The pure-JS default (@noble/hashes). */
export const nobleBlake3: HasherFactory = {
  createHasher: () => blake3.create(),
};

/** Feeds `bytes` to `hasher` in pieces of at most {@link MAX_HASHER_UPDATE} bytes. */
export function updateChunked(hasher: Blake3Hasher, bytes: Uint8Array): void {
  for (let o = 0; o < bytes.length; o += MAX_HASHER_UPDATE) {
    hasher.update(bytes.subarray(o, Math.min(bytes.length, o + MAX_HASHER_UPDATE)));
  }
}

/** BLAKE3 of bytes in memory, through `factory` and the 1 MiB update rule. */
export function blake3Of(bytes: Uint8Array, factory: HasherFactory = nobleBlake3): Uint8Array {
  const h = factory.createHasher();
  updateChunked(h, bytes);
  return h.digest();
}
