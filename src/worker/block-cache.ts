/**
 * @module
 * A read-through block cache over a ByteSource, for opening archives from a `File`: every
 * `slice().arrayBuffer()` in a worker is an IPC round trip to the browser process (a few ms on
 * the project's machines, ../shared/notes/hashing-in-the-browser.md), and opening reads the
 * header, every directory table and the small members one by one (spec/s9pk-format.md §3.2).
 * Small reads are served from a few aligned blocks, so neighbouring tables cost one trip.
 */
import type { ByteSource } from '../core/s9pk/byte-source.ts';

export interface BlockCacheOptions {
  /** Block size in bytes (default 256 KiB); reads larger than this bypass the cache. */
  blockSize?: number;
  /** Blocks kept, least recently used dropped first (default 4). */
  blocks?: number;
}

/**
 * Wraps `source` with an LRU of aligned blocks. Returned arrays may be views into a cached
 * block: callers must not modify them (the core never does).
 */
export function blockCachedSource(source: ByteSource, options: BlockCacheOptions = {}): ByteSource {
  const blockSize = options.blockSize ?? 256 << 10;
  const maxBlocks = options.blocks ?? 4;
  const cache = new Map<number, Promise<Uint8Array>>();

  const block = (i: number): Promise<Uint8Array> => {
    let p = cache.get(i);
    if (p) {
      cache.delete(i); // re-insert: Map order is the LRU order
    } else {
      const start = i * blockSize;
      p = source.read(start, Math.min(blockSize, source.size - start));
      p.catch(() => cache.delete(i));
    }
    cache.set(i, p);
    while (cache.size > maxBlocks) cache.delete(cache.keys().next().value!);
    return p;
  };

  return {
    size: source.size,
    async read(offset, length) {
      const inRange =
        Number.isSafeInteger(offset) && offset >= 0 && length > 0 && offset + length <= source.size;
      if (!inRange || length > blockSize) return source.read(offset, length);
      const first = Math.floor(offset / blockSize);
      const last = Math.floor((offset + length - 1) / blockSize);
      const at = offset - first * blockSize;
      if (first === last) return (await block(first)).subarray(at, at + length);
      const [a, b] = await Promise.all([block(first), block(last)]);
      const out = new Uint8Array(length);
      out.set(a.subarray(at));
      out.set(b.subarray(0, length - (a.length - at)), a.length - at);
      return out;
    },
  };
}
