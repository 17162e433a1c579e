/**
 * @module
 * Directory sighash and table size (spec/s9pk-format.md §2.2, §2.5; upstream
 * merkle_archive/directory_contents.rs `sighash`, `toc_size`).
 */
import { concatBytes, encodeU64be } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { encodeVarint } from '../bytes/varint.ts';
import { nobleBlake3, type HasherFactory } from './hasher.ts';
import { compareBytes } from './names.ts';

/** What a parent commits to for one entry. */
export interface SignedPair {
  name: string;
  hash: Uint8Array;
  size: bigint;
}

const ZERO = Uint8Array.of(0);

/**
 * BLAKE3 of the table the directory would have if every entry were "missing" and entries were
 * listed in byte order of their names (§2.5). Callers reject duplicate names beforehand.
 */
export function computeSighash(
  entries: readonly SignedPair[],
  factory: HasherFactory = nobleBlake3,
): Uint8Array {
  const items = entries
    .map((e) => ({ name: encodeUtf8(e.name), e }))
    .sort((a, b) => compareBytes(a.name, b.name));
  const h = factory.createHasher();
  h.update(encodeVarint(items.length));
  for (const { name, e } of items) {
    h.update(concatBytes(encodeVarint(name.length), name, e.hash, encodeU64be(e.size), ZERO));
  }
  return h.digest();
}

/** Per-entry payload length after the type byte: missing 0, file 8, directory 16. */
export function payloadLength(kind: 'missing' | 'file' | 'dir'): number {
  return kind === 'missing' ? 0 : kind === 'file' ? 8 : 16;
}

/** Exact byte length of a directory table with these entries (§2.2). */
export function tableSize(
  entries: readonly { name: string; kind: 'missing' | 'file' | 'dir' }[],
): number {
  let total = encodeVarint(entries.length).length;
  for (const e of entries) {
    const n = encodeUtf8(e.name).length;
    total += encodeVarint(n).length + n + 41 + payloadLength(e.kind);
  }
  return total;
}
