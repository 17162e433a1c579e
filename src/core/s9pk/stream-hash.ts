/**
 * @module
 * Streams a byte range through BLAKE3 in bounded reads, with one read prefetched while the
 * previous chunk is hashed (notes/hashing-in-the-browser.md: 16 MiB reads, prefetch depth 1).
 */
import { CoreError } from '../errors.ts';
import { readRange, type ByteSource } from './byte-source.ts';
import { nobleBlake3, updateChunked, type HasherFactory } from './hasher.ts';

/** Default read size for streaming. */
export const DEFAULT_CHUNK_SIZE = 16 << 20;

export interface StreamOptions {
  hasher?: HasherFactory;
  /** Bytes per read (default 16 MiB). Each read is fed to the hasher 1 MiB at a time. */
  chunkSize?: number;
  signal?: AbortSignal;
  /** Called after each chunk with the number of bytes just hashed. */
  onBytes?: (n: number) => void;
  /** Called with each chunk after it was hashed (e.g. to copy it out while hashing). */
  onChunk?: (chunk: Uint8Array) => void | Promise<void>;
}

/**
 * Throws CoreError `ABORTED` when the signal has fired.
 * @throws CoreError `ABORTED`.
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CoreError('ABORTED', 'operation aborted');
}

function chunkSizeOf(o: StreamOptions): number {
  const c = o.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(c) || c <= 0)
    throw new CoreError('BYTES_RANGE', 'chunkSize must be a positive integer');
  return c;
}

/**
 * BLAKE3 of `[offset, offset + length)` of `source`, never holding more than two chunks.
 * @throws CoreError `S9PK_TRUNCATED`, `ABORTED`.
 */
export async function hashRange(
  source: ByteSource,
  offset: number,
  length: number,
  options: StreamOptions = {},
): Promise<Uint8Array> {
  const chunk = chunkSizeOf(options);
  const hasher = (options.hasher ?? nobleBlake3).createHasher();
  const end = offset + length;
  throwIfAborted(options.signal);
  const next = (at: number): Promise<Uint8Array> | null =>
    at < end ? readRange(source, at, Math.min(chunk, end - at)) : null;
  let at = offset;
  let pending = next(at);
  while (pending) {
    const bytes = await pending;
    at += bytes.length;
    pending = next(at);
    // A prefetched read that is abandoned must not surface as an unhandled rejection.
    pending?.catch(() => undefined);
    throwIfAborted(options.signal);
    updateChunked(hasher, bytes);
    options.onBytes?.(bytes.length);
    if (options.onChunk) await options.onChunk(bytes);
  }
  return hasher.digest();
}
