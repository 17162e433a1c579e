/**
 * @module
 * The BLAKE3 commitment of a whole file (spec registry-api.md §5.3 `Blake3Commitment`: hash of
 * every byte and the length), as OS image assets carry it. Reads the Blob once, front to back,
 * through the BYOB reader verification uses (byob-chunks.ts), or 16 MiB slices with one
 * prefetched where BYOB readers are missing (../shared/notes/hashing-in-the-browser.md).
 */
import { encodeBlake3Commitment, type Blake3CommitmentWire } from '../core/sign/commitment.ts';
import { CoreError } from '../core/errors.ts';
import { blobByteSource } from '../core/s9pk/byte-source.ts';
import { nobleBlake3, updateChunked, type HasherFactory } from '../core/s9pk/hasher.ts';
import { guard } from '../core/s9pk/guard.ts';
import { hashRange, throwIfAborted } from '../core/s9pk/stream-hash.ts';
import { byobChunks } from './byob-chunks.ts';
import { canStreamVerify, STREAM_BUFFER_SIZE } from './stream-verify.ts';

export interface Blake3FileOptions {
  hasher?: HasherFactory;
  signal?: AbortSignal;
  /** Called with bytes hashed so far and the file size: first with 0, last with the size. */
  onProgress?: (done: number, total: number) => void;
  /** `stream` (BYOB, default where supported) or `slices` (16 MiB `slice()` reads). */
  readStrategy?: 'stream' | 'slices';
  /** Bytes per BYOB read buffer (two are used); default 4 MiB. */
  bufferSize?: number;
}

/**
 * The `Blake3Commitment` of all of `file`.
 * @throws CoreError `ABORTED`, `S9PK_TRUNCATED` when the file is shorter than it said
 * (changed on disk while read).
 */
export function commitBlake3File(
  file: Blob,
  options: Blake3FileOptions = {},
): Promise<Blake3CommitmentWire> {
  return guard(async () => {
    const total = file.size;
    const factory = options.hasher ?? nobleBlake3;
    let done = 0;
    const count = (n: number) => {
      done += n;
      options.onProgress?.(done, total);
    };
    options.onProgress?.(0, total);
    throwIfAborted(options.signal);
    let hash: Uint8Array;
    if ((options.readStrategy ?? (canStreamVerify() ? 'stream' : 'slices')) === 'slices') {
      hash = await hashRange(blobByteSource(file), 0, total, {
        hasher: factory,
        signal: options.signal,
        onBytes: count,
      });
    } else {
      const h = factory.createHasher();
      for await (const chunk of byobChunks(file, 0, options.bufferSize ?? STREAM_BUFFER_SIZE)) {
        throwIfAborted(options.signal);
        updateChunked(h, chunk);
        count(chunk.length);
      }
      hash = h.digest();
    }
    if (done !== total) {
      throw new CoreError('S9PK_TRUNCATED', `read ${done} of ${total} bytes`, { offset: done });
    }
    return encodeBlake3Commitment({ hash, size: BigInt(total) });
  });
}
