/**
 * @module
 * Directory tables (spec/s9pk-format.md §2.2): strict parsing per §3.2 R5 steps 5–7 and
 * encoding. Upstream: merkle_archive/mod.rs (`Entry::deserialize`), directory_contents.rs.
 */
import { CoreError, isCoreError } from '../errors.ts';
import { concatBytes, encodeU64be, parseU64be } from '../bytes/bytes.ts';
import { parseUtf8 } from '../bytes/utf8.ts';
import { encodeVarint, encodeVarstring, parseVarint } from '../bytes/varint.ts';
import { MAX_NAME_BYTES, assertName, joinPath } from './names.ts';

export type TableEntry =
  | { kind: 'missing'; name: string; hash: Uint8Array; size: bigint }
  | { kind: 'file'; name: string; hash: Uint8Array; size: bigint; position: bigint }
  | {
      kind: 'dir';
      name: string;
      hash: Uint8Array;
      size: bigint;
      position: bigint;
      tableSize: bigint;
    };

const TYPE_BYTE = { missing: 0, file: 1, dir: 2 } as const;
/** Smallest possible entry: 1-byte name length + 1-byte name + hash + size + type. */
const MIN_ENTRY = 43;

export interface ParseTableOptions {
  /** Path of the directory, for error details ('' = root). */
  path: string;
  /** Reject unused table bytes and non-minimal varints (rows 18 of §3.4). Default true. */
  strict?: boolean;
}

/**
 * Parses one table. Names are validated (§2.3) and must be unique.
 * @throws CoreError `S9PK_TRUNCATED`, `S9PK_TOO_LARGE`, `S9PK_BAD_NAME`, `S9PK_DUPLICATE_NAME`,
 * `S9PK_BAD_ENTRY_TYPE`, `S9PK_TRAILING_DATA` (strict: unused bytes or non-minimal varints).
 */
export function parseTable(bytes: Uint8Array, options: ParseTableOptions): TableEntry[] {
  const { path } = options;
  const strict = options.strict ?? true;
  let at = 0;
  const fail = (
    code: 'S9PK_TRUNCATED' | 'S9PK_TRAILING_DATA' | 'S9PK_TOO_LARGE' | 'S9PK_BAD_NAME',
    msg: string,
  ) => new CoreError(code, `${msg} in table of ${path || '/'}`, { path, offset: at });
  const varint = (what: 'count' | 'name'): bigint => {
    let d;
    try {
      d = parseVarint(bytes, at);
    } catch (e) {
      if (isCoreError(e, 'BYTES_RANGE')) throw fail('S9PK_TRUNCATED', 'table ends inside a varint');
      throw fail(
        what === 'name' ? 'S9PK_BAD_NAME' : 'S9PK_TOO_LARGE',
        `${what} varint overflows u64`,
      );
    }
    if (strict && d.length !== encodeVarint(d.value).length) {
      throw new CoreError('S9PK_TRAILING_DATA', `non-minimal varint in table of ${path || '/'}`, {
        path,
        offset: at,
        reason: 'non-minimal-varint',
      });
    }
    at += d.length;
    return d.value;
  };
  const take = (n: number): Uint8Array => {
    if (at + n > bytes.length) throw fail('S9PK_TRUNCATED', 'table ends inside an entry');
    const out = bytes.subarray(at, at + n);
    at += n;
    return out;
  };
  const u64 = (): bigint => parseU64be(take(8));

  const count = varint('count');
  if (count * BigInt(MIN_ENTRY) > BigInt(bytes.length - at)) {
    throw fail('S9PK_TRUNCATED', `entry count ${count} does not fit`);
  }
  const seen = new Set<string>();
  const entries: TableEntry[] = [];
  for (let i = 0; i < Number(count); i++) {
    const nameLen = varint('name');
    if (nameLen > BigInt(MAX_NAME_BYTES)) throw fail('S9PK_BAD_NAME', `name of ${nameLen} bytes`);
    const nameBytes = take(Number(nameLen));
    let name: string;
    try {
      name = parseUtf8(nameBytes);
    } catch {
      throw new CoreError('S9PK_BAD_NAME', `name is not valid UTF-8 in ${path || '/'}`, {
        path,
        offset: at,
      });
    }
    assertName(name, path);
    if (seen.has(name)) {
      throw new CoreError('S9PK_DUPLICATE_NAME', `duplicate name "${name}" in ${path || '/'}`, {
        path: joinPath(path, name),
        name,
      });
    }
    seen.add(name);
    const hash = take(32).slice();
    const size = u64();
    const type = take(1)[0]!;
    if (type === 0) entries.push({ kind: 'missing', name, hash, size });
    else if (type === 1) entries.push({ kind: 'file', name, hash, size, position: u64() });
    else if (type === 2)
      entries.push({ kind: 'dir', name, hash, size, position: u64(), tableSize: u64() });
    else {
      throw new CoreError(
        'S9PK_BAD_ENTRY_TYPE',
        `unknown entry type ${type} for ${joinPath(path, name)}`,
        {
          path: joinPath(path, name),
          type,
        },
      );
    }
  }
  if (strict && at !== bytes.length) {
    throw new CoreError(
      'S9PK_TRAILING_DATA',
      `${bytes.length - at} unused bytes in table of ${path || '/'}`,
      {
        path,
        offset: at,
        reason: 'unused-table-bytes',
      },
    );
  }
  return entries;
}

/** Encodes a table with entries in the given order (§2.2). */
export function encodeTable(entries: readonly TableEntry[]): Uint8Array {
  const parts: Uint8Array[] = [encodeVarint(entries.length)];
  for (const e of entries) {
    parts.push(
      encodeVarstring(e.name),
      e.hash,
      encodeU64be(e.size),
      Uint8Array.of(TYPE_BYTE[e.kind]),
    );
    if (e.kind === 'file') parts.push(encodeU64be(e.position));
    if (e.kind === 'dir') parts.push(encodeU64be(e.position), encodeU64be(e.tableSize));
  }
  return concatBytes(...parts);
}
