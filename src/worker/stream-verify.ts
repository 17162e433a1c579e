/**
 * @module
 * Full verification of an opened archive by reading its Blob once, in file order, through a
 * BYOB `Blob.stream()` reader into two reused buffers (one filling while the other is hashed).
 * Same verdict and errors as core `verifyAll` (spec/s9pk-format.md §3.3, §5.3); the read
 * strategy was chosen by measurement (bench/run.ts; ../shared/notes/hashing-in-the-browser.md):
 * on the project's machines it matched or beat 16 MiB `slice().arrayBuffer()` reads with
 * prefetch while adding ~10 MiB of memory instead of 100+ MiB of short-lived ArrayBuffers.
 * Where BYOB readers are missing, callers use core `verifyAll` (see {@link canStreamVerify}).
 */
import { CoreError } from '../core/errors.ts';
import { equalBytes } from '../core/bytes/bytes.ts';
import { guard } from '../core/s9pk/guard.ts';
import { updateChunked, type HasherFactory } from '../core/s9pk/hasher.ts';
import type { OpenedS9pk } from '../core/s9pk/open.ts';
import { throwIfAborted } from '../core/s9pk/stream-hash.ts';
import type { VerifyAllOptions, VerifyAllVerdict } from '../core/s9pk/verify-all.ts';
import { byobChunks } from './byob-chunks.ts';

/** Size of each of the two read buffers. */
export const STREAM_BUFFER_SIZE = 4 << 20;
/** Gaps between members (tables) up to this size are read through; larger ones re-open. */
export const MAX_SKIP = 16 << 20;

/** True when this realm's `Blob.stream()` supports BYOB readers. */
export function canStreamVerify(): boolean {
  try {
    const reader = new Blob([]).stream().getReader({ mode: 'byob' });
    reader.releaseLock();
    return true;
  } catch {
    return false;
  }
}

/** A forward-only position in the blob over {@link byobChunks}. */
class Cursor {
  private readonly blob: Blob;
  private readonly bufferSize: number;
  private readonly signal: AbortSignal | undefined;
  private readonly maxSkip: number;
  private chunks: AsyncGenerator<Uint8Array> | null = null;
  private rest: Uint8Array = new Uint8Array(0);
  private pos = -1;

  constructor(blob: Blob, o: { bufferSize: number; maxSkip: number; signal?: AbortSignal }) {
    this.blob = blob;
    this.bufferSize = o.bufferSize;
    this.maxSkip = o.maxSkip;
    this.signal = o.signal;
  }

  /** Moves to `at`, reading through small forward gaps and re-opening otherwise. */
  async seek(at: number): Promise<void> {
    if (this.chunks && at >= this.pos && at - this.pos <= this.maxSkip) {
      await this.take(at - this.pos, () => undefined);
      return;
    }
    await this.close();
    this.chunks = byobChunks(this.blob, at, this.bufferSize);
    this.pos = at;
  }

  /** Hands the next `n` bytes to `use` in pieces (views valid only during the call). */
  async take(n: number, use: (piece: Uint8Array) => void): Promise<void> {
    while (n > 0) {
      if (this.rest.length === 0) {
        throwIfAborted(this.signal);
        const next = await this.chunks!.next();
        if (next.done) {
          throw new CoreError('S9PK_TRUNCATED', `short read at ${this.pos}`, { offset: this.pos });
        }
        this.rest = next.value;
      }
      const piece = this.rest.subarray(0, Math.min(n, this.rest.length));
      this.rest = this.rest.subarray(piece.length);
      this.pos += piece.length;
      n -= piece.length;
      use(piece);
    }
  }

  async close(): Promise<void> {
    this.rest = new Uint8Array(0);
    await this.chunks?.return(undefined);
    this.chunks = null;
  }
}

export interface StreamVerifyOptions extends Pick<VerifyAllOptions, 'onProgress' | 'signal'> {
  hasher?: HasherFactory;
  /** Bytes per read buffer (two are used); default {@link STREAM_BUFFER_SIZE}. */
  bufferSize?: number;
  /** Largest gap read through rather than re-opening the stream; default {@link MAX_SKIP}. */
  maxSkip?: number;
}

/**
 * Verifies every file of `s9pk` (opened over `blob`) in one sequential pass. Throws on the
 * first bad file; a filtered copy resolves with `complete: false`, as core `verifyAll`.
 * @throws CoreError `S9PK_HASH_MISMATCH` (detail.path), `S9PK_TRUNCATED`, `ABORTED`.
 */
export function verifyByStreaming(
  s9pk: OpenedS9pk,
  blob: Blob,
  options: StreamVerifyOptions = {},
): Promise<VerifyAllVerdict> {
  return guard(async () => {
    const hasher = options.hasher ?? s9pk.hasher;
    const files = [...s9pk.files()].sort((a, b) => a.position - b.position);
    const total = files.reduce((n, f) => n + f.size, 0);
    let done = 0;
    options.onProgress?.(0, total);
    const cursor = new Cursor(blob, {
      bufferSize: options.bufferSize ?? STREAM_BUFFER_SIZE,
      maxSkip: options.maxSkip ?? MAX_SKIP,
      signal: options.signal,
    });
    try {
      for (const f of files) {
        throwIfAborted(options.signal);
        const h = hasher.createHasher();
        if (f.size > 0) await cursor.seek(f.position);
        await cursor.take(f.size, (piece) => {
          updateChunked(h, piece);
          done += piece.length;
          options.onProgress?.(done, total);
        });
        if (!equalBytes(h.digest(), f.hash)) {
          throw new CoreError(
            'S9PK_HASH_MISMATCH',
            `contents of ${f.path} do not match the signed hash`,
            { path: f.path },
          );
        }
      }
    } finally {
      await cursor.close();
    }
    const missing = s9pk.missing();
    return { files: files.length, bytes: done, missing, complete: missing.length === 0 };
  });
}
