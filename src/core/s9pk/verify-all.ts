/**
 * @module
 * Full verification (spec/s9pk-format.md §5.3 "full verification", §3.3): streams every file
 * through BLAKE3 in bounded chunks. Tables were verified by `openS9pk`. Missing entries (§4.5,
 * a filtered copy) are reported in the verdict rather than thrown: the signed content that is
 * present is authentic, but the file is incomplete (§4.4: not publishable).
 */
import { guard } from './guard.ts';
import type { OpenedS9pk } from './open.ts';
import { verifyFileHash } from './read-file.ts';
import { DEFAULT_CHUNK_SIZE, throwIfAborted } from './stream-hash.ts';
import type { HasherFactory } from './hasher.ts';

export interface VerifyAllOptions {
  /** Called after every chunk with member bytes hashed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Bytes per read (default 16 MiB; one read is prefetched while the previous one is hashed). */
  chunkSize?: number;
  /** Overrides the hasher the archive was opened with. */
  hasher?: HasherFactory;
}

export interface VerifyAllVerdict {
  /** Number of files hashed. */
  files: number;
  /** Bytes hashed. */
  bytes: number;
  /** Paths of missing entries; non-empty means a filtered, incomplete copy. */
  missing: string[];
  /** True when nothing is missing (every signed entry is present and verified). */
  complete: boolean;
}

/**
 * Verifies every file of an opened archive. Throws on the first bad file.
 * @throws CoreError `S9PK_HASH_MISMATCH` (detail.path), `S9PK_TRUNCATED`, `ABORTED`.
 */
export function verifyAll(
  s9pk: OpenedS9pk,
  options: VerifyAllOptions = {},
): Promise<VerifyAllVerdict> {
  return guard(async () => {
    const files = s9pk.files();
    const total = files.reduce((n, f) => n + f.size, 0);
    let done = 0;
    options.onProgress?.(0, total);
    for (const f of files) {
      throwIfAborted(options.signal);
      await verifyFileHash(s9pk.source, f, {
        hasher: options.hasher ?? s9pk.hasher,
        chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
        signal: options.signal,
        onBytes: (n) => {
          done += n;
          options.onProgress?.(done, total);
        },
      });
    }
    const missing = s9pk.missing();
    return { files: files.length, bytes: done, missing, complete: missing.length === 0 };
  });
}
