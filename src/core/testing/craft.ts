/**
 * @module
 * Validly signed but hand-shaped archives for tests and fuzzing: a flat root whose table is
 * built byte by byte (raw names, any type byte, duplicates, non-minimal varints, unused table
 * bytes), signed over the set upstream would sign (§3.4 rows 15–21). Not for real packages.
 */
import { concatBytes, encodeU64be } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { encodeVarint } from '../bytes/varint.ts';
import { signPh } from '../sign/ed25519ph.ts';
import { publicKeyFromSeed } from '../sign/keys.ts';
import { S9PK_SIG_CONTEXT } from '../sign/commitment.ts';
import { HEADER_SIZE, encodeHeader, signedMessage } from '../s9pk/header.ts';
import { blake3Of } from '../s9pk/hasher.ts';
import { computeSighash, type SignedPair } from '../s9pk/sighash.ts';

export interface CraftEntry {
  /** A string, or raw name bytes (e.g. invalid UTF-8). */
  name: string | Uint8Array;
  data: Uint8Array;
  /** Type byte (default 1, file); 0 writes a missing entry, anything else is written raw with a file payload. */
  type?: number;
}

export interface CraftOptions {
  seed: Uint8Array;
  /** Entry count encoding (default minimal varint). */
  countBytes?: Uint8Array;
  /** Unused bytes appended to the root table (counted in its size fields). */
  extraTableBytes?: number;
  /** Signed max size (default: the table length). */
  maxSize?: bigint;
  /** Bytes appended after the last body. */
  trailing?: Uint8Array;
}

const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

/** Builds and signs a flat archive; the signature covers the last occurrence of each name. */
export function craftArchive(entries: readonly CraftEntry[], o: CraftOptions): Uint8Array {
  const names = entries.map((e) => (typeof e.name === 'string' ? encodeUtf8(e.name) : e.name));
  const count = o.countBytes ?? encodeVarint(entries.length);
  let tableLen = count.length + (o.extraTableBytes ?? 0);
  entries.forEach((e, i) => {
    tableLen +=
      encodeVarint(names[i]!.length).length + names[i]!.length + 41 + ((e.type ?? 1) === 0 ? 0 : 8);
  });
  let next = HEADER_SIZE + tableLen;
  const rows: Uint8Array[] = [count];
  const bodies: Uint8Array[] = [];
  const signed = new Map<string, SignedPair>();
  entries.forEach((e, i) => {
    const name = names[i]!;
    const hash = blake3Of(e.data);
    const type = e.type ?? 1;
    rows.push(
      encodeVarint(name.length),
      name,
      hash,
      encodeU64be(e.data.length),
      Uint8Array.of(type),
    );
    if (type !== 0) {
      rows.push(encodeU64be(next));
      bodies.push(e.data);
      next += e.data.length;
    }
    const key = lossy.decode(name);
    signed.delete(key);
    signed.set(key, { name: key, hash, size: BigInt(e.data.length) });
  });
  rows.push(new Uint8Array(o.extraTableBytes ?? 0));
  const table = concatBytes(...rows);
  const unsigned = {
    rootSighash: computeSighash([...signed.values()]),
    rootMaxSize: o.maxSize ?? BigInt(table.length),
  };
  const header = encodeHeader({
    publicKey: publicKeyFromSeed(o.seed),
    signature: signPh(signedMessage(unsigned), o.seed, S9PK_SIG_CONTEXT),
    ...unsigned,
    rootPosition: BigInt(HEADER_SIZE),
    rootTableSize: BigInt(table.length),
  });
  return concatBytes(header, table, ...bodies, o.trailing ?? new Uint8Array(0));
}
