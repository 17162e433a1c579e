/**
 * @module
 * Step R5 (every directory table, verified against its signed sighash and size bound) and the
 * strict layout check R6 of spec/s9pk-format.md §3.2. Upstream: directory_contents.rs `deserialize`.
 */
import { CoreError } from '../errors.ts';
import { equalBytes } from '../bytes/bytes.ts';
import { readRange, type ByteSource } from './byte-source.ts';
import { HEADER_SIZE, type S9pkHeader } from './header.ts';
import type { HasherFactory } from './hasher.ts';
import { joinPath } from './names.ts';
import { computeSighash } from './sighash.ts';
import { throwIfAborted } from './stream-hash.ts';
import { parseTable } from './table.ts';
import type { S9pkDir, S9pkEntry } from './tree.ts';

export interface TreeLimits {
  /** Deepest directory level accepted (root = 0). Default 16. */
  maxDepth: number;
  /** Total bytes of all tables. Default 16 MiB. */
  maxTableBytes: number;
}

export interface ReadTreeOptions extends Partial<TreeLimits> {
  hasher: HasherFactory;
  strict: boolean;
  /**
   * Refuse overlapping sections even when not `strict` (the stand-in registry: upstream accepts
   * them, but members pointing at one body multiply what a reader holds). Default false.
   */
  refuseOverlaps?: boolean;
  signal?: AbortSignal;
}

interface Section {
  start: number;
  end: number;
  what: string;
}

/** Checks `[pos, pos + len)` lies inside the source; returns it as numbers. */
function inside(
  source: ByteSource,
  pos: bigint,
  len: bigint,
  path: string,
  what: string,
): [number, number] {
  if (pos + len > BigInt(source.size)) {
    throw new CoreError(
      'S9PK_TRUNCATED',
      `${what} of ${path || '/'} extends past the end of the file`,
      {
        path,
        position: pos.toString(),
        size: len.toString(),
        fileSize: source.size,
      },
    );
  }
  return [Number(pos), Number(len)];
}

/**
 * Reads and verifies the whole directory tree (tables only).
 * @throws CoreError `S9PK_TOO_LARGE`, `S9PK_TRUNCATED`, `S9PK_SIGHASH_MISMATCH` (detail.path), table
 * errors of `parseTable`, `S9PK_TRAILING_DATA` (strict layout), `ABORTED`.
 */
export async function readTree(
  source: ByteSource,
  header: S9pkHeader,
  options: ReadTreeOptions,
): Promise<S9pkDir> {
  const maxDepth = options.maxDepth ?? 16;
  const maxTableBytes = options.maxTableBytes ?? 16 << 20;
  const sections: Section[] = [{ start: 0, end: HEADER_SIZE, what: 'header' }];
  let tableBytes = 0;

  const root: S9pkDir = {
    kind: 'dir',
    path: '',
    name: '',
    hash: header.rootSighash,
    signedSize: header.rootMaxSize,
    position: 0,
    tableSize: 0,
    entries: new Map(),
  };
  const queue: { dir: S9pkDir; pos: bigint; size: bigint; depth: number }[] = [
    { dir: root, pos: header.rootPosition, size: header.rootTableSize, depth: 0 },
  ];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { dir, pos, size, depth } = item;
    throwIfAborted(options.signal);
    if (size > dir.signedSize) {
      throw new CoreError(
        'S9PK_TOO_LARGE',
        `table of ${dir.path || '/'} is larger than its signed size`,
        {
          path: dir.path,
          tableSize: size.toString(),
          signedSize: dir.signedSize.toString(),
        },
      );
    }
    if (depth > maxDepth || BigInt(tableBytes) + size > BigInt(maxTableBytes)) {
      throw new CoreError(
        'S9PK_TOO_LARGE',
        `directory tree exceeds reader limits at ${dir.path || '/'}`,
        {
          path: dir.path,
          limit: depth > maxDepth ? 'maxDepth' : 'maxTableBytes',
        },
      );
    }
    const [start, length] = inside(source, pos, size, dir.path, 'table');
    tableBytes += length;
    dir.position = start;
    dir.tableSize = length;
    sections.push({ start, end: start + length, what: `table of ${dir.path || '/'}` });
    const bytes = await readRange(source, start, length);
    const entries = parseTable(bytes, { path: dir.path, strict: options.strict });
    if (!equalBytes(computeSighash(entries, options.hasher), dir.hash)) {
      throw new CoreError(
        'S9PK_SIGHASH_MISMATCH',
        `table of ${dir.path || '/'} does not match its signed hash`,
        {
          path: dir.path,
        },
      );
    }
    for (const e of entries) {
      const path = joinPath(dir.path, e.name);
      let node: S9pkEntry;
      if (e.kind === 'missing') {
        node = { kind: 'missing', path, name: e.name, hash: e.hash, size: e.size };
      } else if (e.kind === 'file') {
        const [position, fileSize] = inside(source, e.position, e.size, path, 'file');
        if (fileSize > 0) sections.push({ start: position, end: position + fileSize, what: path });
        node = { kind: 'file', path, name: e.name, hash: e.hash, size: fileSize, position };
      } else {
        const child: S9pkDir = {
          kind: 'dir',
          path,
          name: e.name,
          hash: e.hash,
          signedSize: e.size,
          position: 0,
          tableSize: 0,
          entries: new Map(),
        };
        queue.push({ dir: child, pos: e.position, size: e.tableSize, depth: depth + 1 });
        node = child;
      }
      dir.entries.set(e.name, node);
    }
  }
  if (options.strict) checkLayout(sections, source.size);
  else if (options.refuseOverlaps) checkLayout(sections, null);
  return root;
}

/**
 * R6: sections must not overlap and the last must end at the end of the file (skipped when
 * `fileSize` is null). Both are reported as `S9PK_TRAILING_DATA` (unsigned layout bytes), with
 * `detail.reason`.
 */
function checkLayout(sections: Section[], fileSize: number | null): void {
  sections.sort((a, b) => a.start - b.start || a.end - b.end);
  let end = 0;
  let last = '';
  for (const s of sections) {
    if (s.start < end) {
      throw new CoreError('S9PK_TRAILING_DATA', `${s.what} overlaps ${last}`, {
        reason: 'overlap',
        offset: s.start,
        path: s.what,
      });
    }
    end = s.end;
    last = s.what;
  }
  if (fileSize !== null && end !== fileSize) {
    throw new CoreError('S9PK_TRAILING_DATA', `${fileSize - end} bytes after the last section`, {
      reason: 'trailing-bytes',
      offset: end,
    });
  }
}
