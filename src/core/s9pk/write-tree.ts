/**
 * @module
 * Writer input (spec/s9pk-format.md §4.1): a tree of files (bytes or a ByteSource), directories
 * and missing entries, plus the W1 checks: names (§2.3) and the member rules of §5.2.
 */
import { CoreError } from '../errors.ts';
import type { ByteSource } from './byte-source.ts';
import { hidesIcon, iconMime } from './mime.ts';
import { assertName } from './names.ts';

/** Member bytes: in memory, or read on demand (a File, a file handle) so large members never sit in memory. */
export type FileData = Uint8Array | ByteSource;

export interface WriteFile {
  kind: 'file';
  data: FileData;
}
export interface WriteDir {
  kind: 'dir';
  entries: Map<string, WriteEntry>;
}
/**
 * An entry kept in the signed tree without its bytes (§4.5): its original hash and size. The
 * hashed tree (hash-tree.ts) holds it unchanged.
 */
export interface MissingEntry {
  kind: 'missing';
  hash: Uint8Array;
  size: bigint;
}
export type WriteEntry = WriteFile | WriteDir | MissingEntry;

/**
 * Builds a tree from `path → data` pairs (`images/x86_64/main.squashfs`); directories are implied.
 * @throws CoreError `S9PK_BAD_NAME`, `S9PK_DUPLICATE_NAME` (a path given twice, or used as both file and directory).
 */
export function buildWriteTree(
  files: Iterable<readonly [string, FileData]> | Record<string, FileData>,
): WriteDir {
  const root: WriteDir = { kind: 'dir', entries: new Map() };
  const pairs = Symbol.iterator in files ? files : Object.entries(files);
  for (const [path, data] of pairs as Iterable<readonly [string, FileData]>) {
    const parts = path.split('/');
    let dir = root;
    let at = '';
    parts.forEach((name, i) => {
      assertName(name, at);
      const here = at === '' ? name : `${at}/${name}`;
      const existing = dir.entries.get(name);
      if (i === parts.length - 1) {
        if (existing)
          throw new CoreError('S9PK_DUPLICATE_NAME', `${here} given twice`, { path: here });
        dir.entries.set(name, { kind: 'file', data });
      } else {
        if (existing && existing.kind !== 'dir') {
          throw new CoreError('S9PK_DUPLICATE_NAME', `${here} is both a file and a directory`, {
            path: here,
          });
        }
        const next: WriteDir = existing ?? { kind: 'dir', entries: new Map() };
        dir.entries.set(name, next);
        dir = next;
      }
      at = here;
    });
  }
  return root;
}

/**
 * W1: every name valid (§2.3), recursively.
 * @throws CoreError `S9PK_BAD_NAME`.
 */
export function assertTreeNames(dir: WriteDir, path = ''): void {
  for (const [name, e] of dir.entries) {
    assertName(name, path);
    if (e.kind === 'dir') assertTreeNames(e, path === '' ? name : `${path}/${name}`);
  }
}

function expectFileAt(root: WriteDir, name: string): void {
  if (root.entries.get(name)?.kind !== 'file') {
    throw new CoreError('S9PK_NOT_FOUND', `required member ${name} is absent or not a file`, {
      path: name,
    });
  }
}

/**
 * The structural member rules upstream `pack` enforces (§5.2): `manifest.json`, `LICENSE.md`,
 * `javascript.squashfs` are files; exactly one root icon with an image extension; no name that
 * hides the icon from upstream's scan (root and `dependencies/<id>/`). The manifest's content is
 * checked separately (`parseManifest`).
 * @throws CoreError `S9PK_NOT_FOUND`, `S9PK_DUPLICATE_NAME` (two icons), `S9PK_BAD_NAME`.
 */
export function assertMembers(root: WriteDir): void {
  for (const name of ['manifest.json', 'LICENSE.md', 'javascript.squashfs'])
    expectFileAt(root, name);
  const icons = [...root.entries].filter(([n, e]) => e.kind === 'file' && iconMime(n) !== null);
  if (icons.length !== 1) {
    const code = icons.length === 0 ? 'S9PK_NOT_FOUND' : 'S9PK_DUPLICATE_NAME';
    throw new CoreError(code, `expected exactly one icon.<image ext> file, found ${icons.length}`, {
      path: 'icon',
      found: icons.map(([n]) => n),
    });
  }
  const deps = root.entries.get('dependencies');
  const dirs: [string, WriteDir][] = [['', root]];
  if (deps?.kind === 'dir') {
    for (const [id, d] of deps.entries) if (d.kind === 'dir') dirs.push([`dependencies/${id}`, d]);
  }
  for (const [path, dir] of dirs) {
    for (const name of dir.entries.keys()) {
      if (hidesIcon(name)) {
        throw new CoreError('S9PK_BAD_NAME', `${name} would hide the icon from upstream readers`, {
          path: path === '' ? name : `${path}/${name}`,
          name,
        });
      }
    }
  }
}
