/**
 * @module
 * The s9pk writer (spec/s9pk-format.md §4): member bytes are written verbatim (manifest.json is
 * never re-encoded), output is byte-for-byte deterministic (§4.3), and large members are
 * streamed from their ByteSource so an archive of any size can be written in bounded memory.
 */
import { CoreError } from '../errors.ts';
import { concatBytes, equalBytes } from '../bytes/bytes.ts';
import { readRange } from './byte-source.ts';
import { guard, toS9pkError } from './guard.ts';
import { nobleBlake3, updateChunked, type HasherFactory } from './hasher.ts';
import { hashTree } from './hash-tree.ts';
import { planS9pk, type Layout, type S9pkPlan } from './layout.ts';
import { parseManifest } from './manifest.ts';
import { DEFAULT_CHUNK_SIZE, throwIfAborted } from './stream-hash.ts';
import { assertMembers, assertTreeNames, type WriteDir } from './write-tree.ts';

export interface WriteS9pkOptions {
  /** The signer's 32-byte Ed25519 seed. */
  seed: Uint8Array;
  /** Default `pack`. */
  layout?: Layout;
  hasher?: HasherFactory;
  signal?: AbortSignal;
  /** Read size for hashing and copying ByteSources (default 16 MiB). */
  chunkSize?: number;
  /** Check the §5.2 member rules and the manifest (default true); off only for crafted test archives. */
  checkMembers?: boolean;
  /** Progress of hashing, in member bytes. */
  onProgress?: (done: number, total: number) => void;
}

export interface EmitOptions {
  signal?: AbortSignal;
  chunkSize?: number;
  /** Re-hash ByteSource members while copying and fail if they changed since planning. */
  verify?: boolean;
  hasher?: HasherFactory;
}

function totalBytes(dir: WriteDir): number {
  let n = 0;
  for (const e of dir.entries.values()) {
    if (e.kind === 'dir') n += totalBytes(e);
    else if (e.kind === 'file') n += e.data instanceof Uint8Array ? e.data.length : e.data.size;
  }
  return n;
}

async function passCoreErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw e instanceof CoreError ? e : toS9pkError(e);
  }
}

/**
 * Hashes, checks, signs and lays out `tree`; write the result with {@link emitS9pk}.
 * @throws CoreError `S9PK_BAD_NAME`, `S9PK_NOT_FOUND`, `S9PK_DUPLICATE_NAME`, `S9PK_BAD_MANIFEST`,
 * `S9PK_TRUNCATED`, `S9PK_TOO_LARGE`, `ABORTED`; misuse: `KEY_BAD_LENGTH`, `BYTES_RANGE`.
 */
export async function planWrite(tree: WriteDir, options: WriteS9pkOptions): Promise<S9pkPlan> {
  assertTreeNames(tree);
  if (options.checkMembers ?? true) {
    assertMembers(tree);
    const m = tree.entries.get('manifest.json');
    if (m?.kind === 'file') {
      const d = m.data;
      parseManifest(d instanceof Uint8Array ? d : await guard(() => readRange(d, 0, d.size)));
    }
  }
  const total = totalBytes(tree);
  let done = 0;
  // Misuse errors (e.g. a malformed missing entry) keep their code; I/O failures become S9PK ones.
  const root = await passCoreErrors(() =>
    hashTree(tree, {
      hasher: options.hasher,
      signal: options.signal,
      chunkSize: options.chunkSize,
      onBytes: (n) => {
        done += n;
        options.onProgress?.(done, total);
      },
    }),
  );
  return planS9pk(root, { seed: options.seed, layout: options.layout });
}

/**
 * Yields the archive bytes in file order: header and tables as single chunks, members in reads
 * of at most `chunkSize`. Suitable for a Node file handle or a WritableStream.
 * @throws CoreError `S9PK_TRUNCATED`, `S9PK_HASH_MISMATCH` (verify: a member changed), `ABORTED`.
 */
export async function* emitS9pk(
  plan: S9pkPlan,
  options: EmitOptions = {},
): AsyncGenerator<Uint8Array> {
  const chunk = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  for (const s of plan.sections) {
    throwIfAborted(options.signal);
    if (s.kind === 'bytes') {
      yield s.bytes;
      continue;
    }
    const h = options.verify ? (options.hasher ?? nobleBlake3).createHasher() : null;
    for (let at = 0; at < s.size; at += chunk) {
      throwIfAborted(options.signal);
      const bytes = await guard(() => readRange(s.data, at, Math.min(chunk, s.size - at)));
      if (h) updateChunked(h, bytes);
      yield bytes;
    }
    if (h && !equalBytes(h.digest(), s.hash)) {
      throw new CoreError(
        'S9PK_HASH_MISMATCH',
        `${s.path} changed while the archive was being written`,
        {
          path: s.path,
        },
      );
    }
  }
}

/**
 * Convenience: writes the whole archive into memory (small archives, tests, fixtures).
 * @throws as {@link planWrite} and {@link emitS9pk}.
 */
export async function writeS9pk(tree: WriteDir, options: WriteS9pkOptions): Promise<Uint8Array> {
  const plan = await planWrite(tree, options);
  const parts: Uint8Array[] = [];
  for await (const c of emitS9pk(plan, options)) parts.push(c);
  const out = concatBytes(...parts);
  if (out.length !== plan.size)
    throw new CoreError('S9PK_TRUNCATED', 'written size differs from the plan');
  return out;
}
