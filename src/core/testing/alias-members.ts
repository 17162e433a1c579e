/**
 * @module
 * Test helper: a hostile archive whose members share one body. Positions in directory tables
 * are not signed (only name, hash and size are, spec/s9pk-format.md §2.4), so pointing several
 * members with identical bytes at the first one's body keeps every signature and hash valid;
 * only a reader that refuses overlapping sections notices.
 */
import { encodeU64be } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { memoryByteSource } from '../s9pk/byte-source.ts';
import { openS9pk } from '../s9pk/open.ts';
import { getEntry } from '../s9pk/tree.ts';

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Returns a copy of `bytes` where each file in `paths` points at the body of `target`.
 * Every path must name a file with the same bytes as `target`.
 */
export async function aliasMembers(bytes: Uint8Array, target: string, paths: readonly string[]): Promise<Uint8Array> {
  const archive = await openS9pk(memoryByteSource(bytes), { strict: false });
  const to = getEntry(archive.root, target);
  if (to?.kind !== 'file') throw new Error(`${target} is not a file`);
  const out = bytes.slice();
  for (const path of paths) {
    const file = getEntry(archive.root, path);
    const parent = getEntry(archive.root, path.split('/').slice(0, -1).join('/'));
    if (file?.kind !== 'file' || parent?.kind !== 'dir') throw new Error(`${path} is not a file`);
    // A file row: varint name length, name, hash (32), size (8), type (1), position (8).
    const row = indexOf(out, file.hash, parent.position, parent.position + parent.tableSize);
    const name = encodeUtf8(file.name);
    if (row < name.length || indexOf(out, name, row - name.length, row) < 0) throw new Error(`row of ${path} not found`);
    out.set(encodeU64be(to.position), row + 32 + 8 + 1);
  }
  return out;
}
