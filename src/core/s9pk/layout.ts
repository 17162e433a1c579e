/**
 * @module
 * Writer steps W4–W6 (spec/s9pk-format.md §2.7, §2.8, §4.2): table order (pack or priority),
 * breadth-first contiguous placement, signing and the header. Upstream: directory_contents.rs
 * `serialize_toc`, write_queue.rs, s9pk/v2/mod.rs `priority`.
 */
import { CoreError } from '../errors.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { signPh } from '../sign/ed25519ph.ts';
import { publicKeyFromSeed } from '../sign/keys.ts';
import {
  S9PK_SIG_CONTEXT,
  encodeMerkleCommitment,
  type MerkleArchiveCommitmentWire,
} from '../sign/commitment.ts';
import type { ByteSource } from './byte-source.ts';
import { HEADER_SIZE, encodeHeader, signedMessage, type S9pkHeader } from './header.ts';
import { hashedTableSize, type HashedDir, type HashedEntry } from './hash-tree.ts';
import { compareBytes, fileStem, joinPath } from './names.ts';
import { encodeTable, type TableEntry } from './table.ts';

/** `pack`: fresh `start-cli s9pk pack` order; `priority`: any upstream re-serialisation. */
export type Layout = 'pack' | 'priority';

/** Upstream `priority()` for root names (s9pk/v2/mod.rs); null = no priority. */
export function rootPriority(name: string): number | null {
  if (name === 'manifest.json') return 0;
  if (fileStem(name) === 'icon') return 1;
  const rest = [
    'LICENSE.md',
    'instructions.md',
    'dependencies',
    'javascript.squashfs',
    'assets.squashfs',
    'images',
  ];
  const i = rest.indexOf(name);
  return i < 0 ? null : i + 2;
}

const KIND_RANK = { dir: 0, file: 1, missing: 2 } as const;

/** Orders one table's entries (§2.7): byte order, then a stable sort by kind and (root, priority mode) priority. */
export function orderEntries(
  entries: Map<string, HashedEntry>,
  usePriority: boolean,
): [string, HashedEntry][] {
  const byName = [...entries]
    .map(([name, e]) => ({ name, e, bytes: encodeUtf8(name) }))
    .sort((a, b) => compareBytes(a.bytes, b.bytes));
  const pr = (n: string) => rootPriority(n) ?? Number.POSITIVE_INFINITY;
  return byName
    .sort((a, b) => {
      const k = KIND_RANK[a.e.kind] - KIND_RANK[b.e.kind];
      if (k !== 0 || a.e.kind === 'missing' || !usePriority) return k;
      const d = pr(a.name) - pr(b.name);
      return Number.isNaN(d) ? 0 : d;
    })
    .map(({ name, e }) => [name, e]);
}

export type PlannedSection =
  | { offset: number; kind: 'bytes'; bytes: Uint8Array }
  | {
      offset: number;
      kind: 'file';
      path: string;
      hash: Uint8Array;
      size: number;
      data: ByteSource;
    };

export interface S9pkPlan {
  header: S9pkHeader;
  commitment: MerkleArchiveCommitmentWire;
  /** Total file size. */
  size: number;
  /** Header, tables and files in file order, contiguous from offset 0. */
  sections: PlannedSection[];
}

function safe(n: bigint, what: string): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER))
    throw new CoreError('S9PK_TOO_LARGE', `${what} is too large to write`);
  return Number(n);
}

/**
 * Signs and lays out a hashed tree.
 * @throws CoreError `KEY_BAD_LENGTH` (seed), `S9PK_TOO_LARGE` (a directory larger than its signed size, or > 2^53 bytes).
 */
export function planS9pk(
  root: HashedDir,
  options: { seed: Uint8Array; layout?: Layout },
): S9pkPlan {
  const layout = options.layout ?? 'pack';
  const rootTableSize = hashedTableSize(root);
  const unsigned = { rootSighash: root.hash, rootMaxSize: root.size };
  const header: S9pkHeader = {
    publicKey: publicKeyFromSeed(options.seed),
    signature: signPh(signedMessage(unsigned), options.seed, S9PK_SIG_CONTEXT),
    ...unsigned,
    rootPosition: BigInt(HEADER_SIZE),
    rootTableSize: BigInt(rootTableSize),
  };
  const sections: PlannedSection[] = [{ offset: 0, kind: 'bytes', bytes: encodeHeader(header) }];
  let next = HEADER_SIZE + rootTableSize;
  const queue: { path: string; e: HashedEntry }[] = [];

  const emitTable = (dir: HashedDir, path: string, isRoot: boolean, offset: number) => {
    const real = hashedTableSize(dir);
    if (BigInt(real) > dir.size) {
      throw new CoreError(
        'S9PK_TOO_LARGE',
        `table of ${path || '/'} is larger than its signed size`,
        { path },
      );
    }
    const rows: TableEntry[] = [];
    for (const [name, e] of orderEntries(dir.entries, isRoot && layout === 'priority')) {
      const p = joinPath(path, name);
      if (e.kind === 'missing') {
        rows.push({ kind: 'missing', name, hash: e.hash, size: e.size });
      } else if (e.kind === 'file') {
        rows.push({ kind: 'file', name, hash: e.hash, size: e.size, position: BigInt(next) });
        next += safe(e.size, p);
        queue.push({ path: p, e });
      } else {
        const t = hashedTableSize(e);
        rows.push({
          kind: 'dir',
          name,
          hash: e.hash,
          size: e.size,
          position: BigInt(next),
          tableSize: BigInt(t),
        });
        next += t;
        queue.push({ path: p, e });
      }
      safe(BigInt(next), 'archive');
    }
    sections.push({ offset, kind: 'bytes', bytes: encodeTable(rows) });
  };

  emitTable(root, '', true, HEADER_SIZE);
  let offset = HEADER_SIZE + rootTableSize;
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { path, e } = item;
    if (e.kind === 'file') {
      const size = Number(e.size);
      sections.push({ offset, kind: 'file', path, hash: e.hash, size, data: e.data });
      offset += size;
    } else if (e.kind === 'dir') {
      emitTable(e, path, false, offset);
      offset += hashedTableSize(e);
    }
  }
  if (offset !== next)
    throw new CoreError('S9PK_TOO_LARGE', 'internal layout error: sizes disagree');
  return {
    header,
    commitment: encodeMerkleCommitment({ hash: root.hash, size: root.size }),
    size: next,
    sections,
  };
}
