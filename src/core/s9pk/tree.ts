/**
 * @module
 * The verified directory tree of an opened archive (spec/s9pk-format.md §2.1): path lookup
 * and traversal. Directories use `Map`, never plain objects (§3.5).
 */

export interface S9pkFile {
  kind: 'file';
  /** Slash-joined path from the root, e.g. `images/x86_64/main.squashfs`. */
  path: string;
  name: string;
  hash: Uint8Array;
  /** Byte length; checked at open to lie inside the source. */
  size: number;
  position: number;
}

export interface S9pkDir {
  kind: 'dir';
  path: string;
  name: string;
  /** Sighash of this directory ('' path: the header's root sighash). */
  hash: Uint8Array;
  /** Signed upper bound of the table length. */
  signedSize: bigint;
  position: number;
  tableSize: number;
  entries: Map<string, S9pkEntry>;
}

/** An entry whose bytes are not in this file (a filtered copy, §4.5). */
export interface S9pkMissing {
  kind: 'missing';
  path: string;
  name: string;
  hash: Uint8Array;
  size: bigint;
}

export type S9pkEntry = S9pkFile | S9pkDir | S9pkMissing;

/** Looks up `a/b/c` (no leading slash; '' is the root). */
export function getEntry(root: S9pkDir, path: string): S9pkEntry | undefined {
  if (path === '') return root;
  let node: S9pkEntry | undefined = root;
  for (const part of path.split('/')) {
    if (node?.kind !== 'dir') return undefined;
    node = node.entries.get(part);
  }
  return node;
}

/** Every entry below `dir`, depth-first, parents before children. */
export function* walkEntries(dir: S9pkDir): Generator<S9pkEntry> {
  for (const e of dir.entries.values()) {
    yield e;
    if (e.kind === 'dir') yield* walkEntries(e);
  }
}

/** All files below `dir`. */
export function listFiles(dir: S9pkDir): S9pkFile[] {
  const out: S9pkFile[] = [];
  for (const e of walkEntries(dir)) if (e.kind === 'file') out.push(e);
  return out;
}

/** Paths of all missing entries below `dir`. */
export function listMissing(dir: S9pkDir): string[] {
  const out: string[] = [];
  for (const e of walkEntries(dir)) if (e.kind === 'missing') out.push(e.path);
  return out;
}
