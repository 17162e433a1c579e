/**
 * @module
 * Random-access byte sources for the s9pk reader and writer (spec/s9pk-format.md §3.1, §4.1):
 * an in-memory one and a `Blob`-backed one. Node's file-handle source lives in src/cli.
 */
import { CoreError } from '../errors.ts';

/** A random-access, read-only byte source of known size (a File, a buffer, a file handle). */
export interface ByteSource {
  /** Total size in bytes (a safe integer). */
  readonly size: number;
  /**
   * Reads exactly `length` bytes at `offset`. Callers keep `offset + length <= size`.
   * Implementations throw CoreError `S9PK_TRUNCATED` on a short read.
   */
  read(offset: number, length: number): Promise<Uint8Array>;
}

function checkRange(size: number, offset: number, length: number): void {
  if (
    !Number.isSafeInteger(offset) ||
    !Number.isSafeInteger(length) ||
    offset < 0 ||
    length < 0 ||
    offset + length > size
  ) {
    throw new CoreError(
      'S9PK_TRUNCATED',
      `read of ${length} bytes at ${offset} is past the end (${size})`,
      {
        offset,
        length,
        size,
      },
    );
  }
}

/** Returns `bytes` when it holds exactly `length` bytes; otherwise a typed short-read error. */
function exactly(bytes: Uint8Array, offset: number, length: number): Uint8Array {
  if (bytes.length !== length) {
    throw new CoreError('S9PK_TRUNCATED', `short read: ${bytes.length} of ${length} bytes at ${offset}`, { offset, length });
  }
  return bytes;
}

/** A ByteSource over bytes already in memory; reads return views, not copies. */
export function memoryByteSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    async read(offset, length) {
      checkRange(bytes.length, offset, length);
      return bytes.subarray(offset, offset + length);
    },
  };
}

/** The minimal part of the web `Blob` API this module needs (also satisfied by `File`). */
export interface BlobLike {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** A ByteSource over a `Blob`/`File`: each read is one `slice().arrayBuffer()`. */
export function blobByteSource(blob: BlobLike): ByteSource {
  return {
    size: blob.size,
    async read(offset, length) {
      checkRange(blob.size, offset, length);
      return exactly(new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()), offset, length);
    },
  };
}

/** A ByteSource over the range `[offset, offset + length)` of another source. */
export function sliceByteSource(source: ByteSource, offset: number, length: number): ByteSource {
  checkRange(source.size, offset, length);
  return {
    size: length,
    async read(o, l) {
      checkRange(length, o, l);
      return source.read(offset + o, l);
    },
  };
}

/**
 * Reads a range, first checking it against the source size.
 * @throws CoreError `S9PK_TRUNCATED`.
 */
export async function readRange(
  source: ByteSource,
  offset: number,
  length: number,
): Promise<Uint8Array> {
  checkRange(source.size, offset, length);
  return exactly(await source.read(offset, length), offset, length);
}
