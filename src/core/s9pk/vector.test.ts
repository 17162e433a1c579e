// spec/s9pk-format.md §2.10: the writer reproduces the annotated header + root table byte for
// byte, and the reader's header/table/sighash/signature steps accept it. See vectors/SOURCE.md.
import { describe, it, expect } from 'vitest';
import { sha512 } from '@noble/hashes/sha2.js';
import { encodeHex, parseHex } from '../bytes/hex.ts';
import { verifyPh } from '../sign/ed25519ph.ts';
import { encodeMerkleCommitment } from '../sign/commitment.ts';
import vector from './vectors/spec-2.10.json' with { type: 'json' };
import { memoryByteSource } from './byte-source.ts';
import { parseHeader, signedMessage, HEADER_SIZE } from './header.ts';
import { parseTable, type TableEntry } from './table.ts';
import { computeSighash } from './sighash.ts';
import type { HashedDir, HashedEntry } from './hash-tree.ts';
import { planS9pk, type Layout } from './layout.ts';
import { TEST_ONLY_SEED } from '../testing/fixtures.ts';

const dump = parseHex(vector.headerAndRootTableHex);
const header = parseHeader(dump);
const rootEntries = parseTable(
  dump.subarray(HEADER_SIZE, HEADER_SIZE + Number(header.rootTableSize)),
  { path: '' },
);

/** The hashed tree implied by the dump: real (name, hash, size) of root entries, placeholder bodies. */
function referenceTree(): HashedDir {
  const zeros = (n: number | bigint) => memoryByteSource(new Uint8Array(Number(n)));
  const x86: HashedDir = {
    kind: 'dir',
    hash: new Uint8Array(32), // not in the dump; only positions after 0x1d6 depend on it
    size: BigInt(vector.imagesX86_64TableSize),
    entries: new Map<string, HashedEntry>(
      (
        [
          ['main.env', 60],
          ['main.json', 66],
          ['main.squashfs', vector.imagesX86_64BodyBytes - 126],
        ] as [string, number][]
      ).map(([n, s]) => [
        n,
        { kind: 'file', hash: new Uint8Array(32), size: BigInt(s), data: zeros(s) },
      ]),
    ),
  };
  const entries = new Map<string, HashedEntry>();
  for (const e of rootEntries as TableEntry[]) {
    if (e.kind === 'dir')
      entries.set(e.name, {
        kind: 'dir',
        hash: e.hash,
        size: e.size,
        entries: new Map([['x86_64', x86]]),
      });
    else entries.set(e.name, { kind: 'file', hash: e.hash, size: e.size, data: zeros(e.size) });
  }
  return { kind: 'dir', hash: header.rootSighash, size: header.rootMaxSize, entries };
}

function layoutBytes(layout: Layout) {
  const plan = planS9pk(referenceTree(), { seed: TEST_ONLY_SEED, layout });
  const head = plan.sections
    .slice(0, 2)
    .map((s) => (s.kind === 'bytes' ? s.bytes : new Uint8Array()));
  return { plan, bytes: new Uint8Array([...head[0]!, ...head[1]!]) };
}

describe('spec §2.10 reference vector', () => {
  it('the test seed is the vector key', () => {
    expect(encodeHex(header.publicKey)).toBe(vector.publicKeyHex);
  });

  it('reader: header fields, root table, sighash and signature', () => {
    expect(header.rootMaxSize).toBe(315n);
    expect(header.rootPosition).toBe(155n);
    expect(rootEntries.map((e) => e.name)).toEqual([
      'images',
      'LICENSE.md',
      'icon.png',
      'javascript.squashfs',
      'manifest.json',
    ]);
    expect(computeSighash(rootEntries)).toEqual(header.rootSighash);
    expect(encodeHex(sha512(signedMessage(header)))).toBe(vector.sha512OfSignedMessageHex);
    expect(verifyPh(header.signature, signedMessage(header), header.publicKey, 's9pk')).toBe(true);
    expect(encodeMerkleCommitment({ hash: header.rootSighash, size: header.rootMaxSize })).toEqual(
      vector.commitment,
    );
  });

  it('writer: pack layout reproduces bytes 0x000–0x1d5 and the total size', () => {
    const { plan, bytes } = layoutBytes('pack');
    expect(encodeHex(bytes)).toBe(vector.headerAndRootTableHex);
    expect(plan.size).toBe(vector.totalSize);
    expect(plan.commitment).toEqual(vector.commitment);
  });

  it('writer: priority layout keeps commitment and signature, reorders the root', () => {
    const { bytes } = layoutBytes('priority');
    expect(encodeHex(bytes.subarray(0, 139))).toBe(vector.headerAndRootTableHex.slice(0, 278));
    const table = parseTable(bytes.subarray(HEADER_SIZE), { path: '' });
    expect(table.map((e) => e.name)).toEqual(vector.priorityRootOrder);
  });
});
