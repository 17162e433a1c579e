/**
 * @module
 * Entry names (spec/s9pk-format.md §2.3): validation, byte-order comparison (§2.5), and the
 * Rust `Path::file_stem`/`extension` rules that upstream uses for icons and priority (§2.7, §5.2).
 */
import { CoreError } from '../errors.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';

/** Upstream's decoding cap on a name length (merkle_archive/varint.rs, MAX_STR_LEN). */
export const MAX_NAME_BYTES = 1 << 20;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a name is unacceptable, or null when it is fine. */
export function nameProblem(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name === '.' || name === '..') return `reserved name "${name}"`;
  if (name.includes('/')) return 'name contains "/"';
  if (name.includes('\0')) return 'name contains NUL';
  // Lone surrogates cannot be encoded as UTF-8 (TextEncoder would silently replace them).
  if (LONE_SURROGATE.test(name)) return 'name is not valid Unicode';
  return null;
}

/**
 * Checks a name against §2.3.
 * @throws CoreError `S9PK_BAD_NAME` (detail: path, name).
 */
export function assertName(name: string, parentPath: string): void {
  const problem = nameProblem(name);
  if (problem) {
    throw new CoreError('S9PK_BAD_NAME', `${problem} in ${parentPath || '/'}`, {
      path: joinPath(parentPath, name),
      name,
    });
  }
}

/** `a/b` + `c` → `a/b/c`; the root path is the empty string. */
export function joinPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

/** Plain lexicographic comparison of byte strings (a proper prefix sorts first). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Compares names by their UTF-8 bytes (Rust `str` order), not JS UTF-16 order. */
export function compareNames(a: string, b: string): number {
  return compareBytes(encodeUtf8(a), encodeUtf8(b));
}

/** Rust `Path::new(name).file_stem()` for a single path component. */
export function fileStem(name: string): string {
  if (name === '..') return name;
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** Rust `Path::new(name).extension()` for a single path component (null when none). */
export function fileExtension(name: string): string | null {
  if (name === '..') return null;
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? null : name.slice(dot + 1);
}
