/**
 * @module
 * Lazy, verified reads of one archive member (spec/s9pk-format.md §3.3): bytes are returned
 * only after their BLAKE3 matched the signed hash.
 */
import { CoreError } from '../errors.ts';
import { equalBytes } from '../bytes/bytes.ts';
import { readRange, type ByteSource } from './byte-source.ts';
import { nobleBlake3, updateChunked, type HasherFactory } from './hasher.ts';
import { hashRange, throwIfAborted, type StreamOptions } from './stream-hash.ts';
import { getEntry, type S9pkDir, type S9pkEntry, type S9pkFile } from './tree.ts';

/** Default cap for {@link readVerifiedFile}: it holds the whole member in memory. */
export const DEFAULT_MAX_READ = 64 << 20;

export interface ReadFileOptions {
  hasher?: HasherFactory;
  signal?: AbortSignal;
  /** Refuse members larger than this (default 64 MiB); stream those with {@link verifyFileHash}. */
  maxBytes?: number;
}

/**
 * Resolves `path` to a file entry.
 * @throws CoreError `S9PK_NOT_FOUND` (absent or a directory), `S9PK_MISSING_ENTRY`.
 */
export function expectFile(root: S9pkDir, path: string): S9pkFile {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const ancestor = parts.slice(0, i).join('/');
    if (getEntry(root, ancestor)?.kind === 'missing') {
      throw new CoreError(
        'S9PK_MISSING_ENTRY',
        `${ancestor} is missing from this archive (filtered copy)`,
        {
          path,
          missing: ancestor,
        },
      );
    }
  }
  const e: S9pkEntry | undefined = getEntry(root, path);
  if (e?.kind === 'file') return e;
  if (e?.kind === 'missing') {
    throw new CoreError(
      'S9PK_MISSING_ENTRY',
      `${path} is missing from this archive (filtered copy)`,
      { path },
    );
  }
  throw new CoreError(
    'S9PK_NOT_FOUND',
    `${path} ${e ? 'is a directory, not a file' : 'not found in archive'}`,
    {
      path,
      kind: e?.kind ?? null,
    },
  );
}

function mismatch(path: string): CoreError {
  return new CoreError('S9PK_HASH_MISMATCH', `contents of ${path} do not match the signed hash`, {
    path,
  });
}

/**
 * Reads a member into memory and verifies it.
 * @throws CoreError `S9PK_HASH_MISMATCH` (detail.path), `S9PK_TOO_LARGE`, `S9PK_TRUNCATED`, `ABORTED`.
 */
export async function readVerifiedFile(
  source: ByteSource,
  file: S9pkFile,
  options: ReadFileOptions = {},
): Promise<Uint8Array> {
  const max = options.maxBytes ?? DEFAULT_MAX_READ;
  if (file.size > max) {
    throw new CoreError(
      'S9PK_TOO_LARGE',
      `${file.path} is ${file.size} bytes, over the ${max}-byte read limit`,
      { path: file.path, size: file.size, limit: max },
    );
  }
  throwIfAborted(options.signal);
  const bytes = await readRange(source, file.position, file.size);
  const h = (options.hasher ?? nobleBlake3).createHasher();
  updateChunked(h, bytes);
  if (!equalBytes(h.digest(), file.hash)) throw mismatch(file.path);
  return bytes;
}

/**
 * Streams a member through BLAKE3 in bounded chunks and checks its hash.
 * @throws CoreError `S9PK_HASH_MISMATCH` (detail.path), `S9PK_TRUNCATED`, `ABORTED`.
 */
export async function verifyFileHash(
  source: ByteSource,
  file: S9pkFile,
  options: StreamOptions = {},
): Promise<void> {
  const digest = await hashRange(source, file.position, file.size, options);
  if (!equalBytes(digest, file.hash)) throw mismatch(file.path);
}
