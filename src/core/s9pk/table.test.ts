// Tables and sighash (spec/s9pk-format.md §2.2, §2.5): encode/parse round trip as a property,
// byte-order (not UTF-16) sorting, and the empty directory.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { blake3 } from '@noble/hashes/blake3.js';
import { encodeTable, parseTable, type TableEntry } from './table.ts';
import { computeSighash, tableSize } from './sighash.ts';
import { nameProblem } from './names.ts';

const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((n) => nameProblem(n) === null);
const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
const hash = fc.uint8Array({ minLength: 32, maxLength: 32 });
const entry = (n: string): fc.Arbitrary<TableEntry> =>
  fc.oneof(
    fc.record({ kind: fc.constant('missing' as const), name: fc.constant(n), hash, size: u64 }),
    fc.record({
      kind: fc.constant('file' as const),
      name: fc.constant(n),
      hash,
      size: u64,
      position: u64,
    }),
    fc.record({
      kind: fc.constant('dir' as const),
      name: fc.constant(n),
      hash,
      size: u64,
      position: u64,
      tableSize: u64,
    }),
  );
const table = fc.uniqueArray(name, { maxLength: 8 }).chain((ns) => fc.tuple(...ns.map(entry)));

describe('directory tables', () => {
  it('parse(encode(x)) = x, and tableSize matches', () => {
    fc.assert(
      fc.property(table, (entries) => {
        const bytes = encodeTable(entries);
        expect(bytes.length).toBe(tableSize(entries));
        expect(parseTable(bytes, { path: '' })).toEqual(entries);
      }),
      { numRuns: 200 },
    );
  });

  it('sighash ignores table order, types and payloads', () => {
    fc.assert(
      fc.property(table, (entries) => {
        const pairs = entries.map((e) => ({ name: e.name, hash: e.hash, size: e.size }));
        const missing = [...entries]
          .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
          .map((e) => ({ kind: 'missing' as const, name: e.name, hash: e.hash, size: e.size }));
        expect(computeSighash([...pairs].reverse())).toEqual(blake3(encodeTable(missing)));
      }),
      { numRuns: 100 },
    );
  });

  it('sorts by UTF-8 bytes, not UTF-16 code units', () => {
    const h = new Uint8Array(32);
    const a = { name: '\u{1F600}', hash: h, size: 1n }; // F0 9F 98 80, UTF-16 D83D …
    const b = { name: '\uFF21', hash: h, size: 2n }; // EF BC A1, UTF-16 FF21
    const inByteOrder = encodeTable([b, a].map((x) => ({ ...x, kind: 'missing' as const })));
    expect(computeSighash([a, b])).toEqual(blake3(inByteOrder));
  });

  it('empty directory: table 00, sighash blake3(00)', () => {
    expect(encodeTable([])).toEqual(Uint8Array.of(0));
    expect(computeSighash([])).toEqual(blake3(Uint8Array.of(0)));
  });
});
