/**
 * @module
 * Writer steps W2–W3 (spec/s9pk-format.md §4.2): BLAKE3 of every file (streamed), then each
 * directory's table size and sighash bottom-up; and §4.5 filtering of a hashed tree.
 */
import { CoreError } from '../errors.ts';
import { memoryByteSource, type ByteSource } from './byte-source.ts';
import type { HasherFactory } from './hasher.ts';
import { joinPath } from './names.ts';
import { computeSighash, tableSize } from './sighash.ts';
import { hashRange, type StreamOptions } from './stream-hash.ts';
import type { MissingEntry, WriteDir } from './write-tree.ts';

export interface HashedFile {
  kind: 'file';
  hash: Uint8Array;
  size: bigint;
  data: ByteSource;
}
export interface HashedDir {
  kind: 'dir';
  /** Sighash. */
  hash: Uint8Array;
  /** Signed size: the table size when fresh; kept from the original when filtered (§4.5). */
  size: bigint;
  entries: Map<string, HashedEntry>;
}
export type HashedEntry = HashedFile | HashedDir | MissingEntry;

/** Real table length of a hashed directory (missing entries have no payload). */
export function hashedTableSize(dir: HashedDir): number {
  return tableSize([...dir.entries].map(([name, e]) => ({ name, kind: e.kind })));
}

/** Builds a directory node from its children, computing sighash and table size. */
export function hashedDir(entries: Map<string, HashedEntry>, hasher?: HasherFactory): HashedDir {
  const pairs = [...entries].map(([name, e]) => ({ name, hash: e.hash, size: e.size }));
  const dir: HashedDir = { kind: 'dir', hash: computeSighash(pairs, hasher), size: 0n, entries };
  dir.size = BigInt(hashedTableSize(dir));
  return dir;
}

/**
 * Hashes every file of `tree` (reads ByteSources in bounded chunks).
 * @throws CoreError `S9PK_TRUNCATED`, `ABORTED`, `BYTES_RANGE` (a missing entry's size is not a u64).
 */
export async function hashTree(
  tree: WriteDir,
  options: StreamOptions = {},
  path = '',
): Promise<HashedDir> {
  const entries = new Map<string, HashedEntry>();
  for (const [name, e] of tree.entries) {
    if (e.kind === 'dir') {
      entries.set(name, await hashTree(e, options, joinPath(path, name)));
    } else if (e.kind === 'missing') {
      if (e.hash.length !== 32 || e.size < 0n || e.size >= 1n << 64n) {
        throw new CoreError(
          'BYTES_RANGE',
          `missing entry ${joinPath(path, name)} needs a 32-byte hash and a u64 size`,
        );
      }
      entries.set(name, { kind: 'missing', hash: e.hash, size: e.size });
    } else {
      const data = e.data instanceof Uint8Array ? memoryByteSource(e.data) : e.data;
      const hash = await hashRange(data, 0, data.size, options);
      entries.set(name, { kind: 'file', hash, size: BigInt(data.size), data });
    }
  }
  return hashedDir(entries, options.hasher);
}

/**
 * §4.5: turns every entry whose path fails `keep` into a missing entry with the same hash and
 * size. Directories keep their original sighash and signed size, so the commitment is unchanged.
 */
export function filterHashedTree(
  dir: HashedDir,
  keep: (path: string) => boolean,
  path = '',
): HashedDir {
  const entries = new Map<string, HashedEntry>();
  for (const [name, e] of dir.entries) {
    const p = joinPath(path, name);
    if (!keep(p)) entries.set(name, { kind: 'missing', hash: e.hash, size: e.size });
    else entries.set(name, e.kind === 'dir' ? filterHashedTree(e, keep, p) : e);
  }
  return { kind: 'dir', hash: dir.hash, size: dir.size, entries };
}
