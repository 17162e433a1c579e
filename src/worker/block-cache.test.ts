// The block cache returns exactly the bytes of the underlying source, for reads inside one
// block, across two blocks, larger than a block and at the end, and saves round trips.
import { describe, it, expect } from 'vitest';
import { memoryByteSource, readRange, type ByteSource } from '../core/s9pk/byte-source.ts';
import { patternBytes } from '../core/testing/pattern-source.ts';
import { isCoreError } from '../core/errors.ts';
import { blockCachedSource } from './block-cache.ts';

const data = patternBytes(0, 10_000, 9);
function counted(): ByteSource & { reads: number } {
  const inner = memoryByteSource(data);
  const s = {
    size: inner.size,
    reads: 0,
    read: (o: number, l: number) => (s.reads++, inner.read(o, l)),
  };
  return s;
}

describe('blockCachedSource', () => {
  it('returns the same bytes as the source for every kind of read', async () => {
    const src = blockCachedSource(counted(), { blockSize: 1024, blocks: 2 });
    const cases: [number, number][] = [
      [0, 1],
      [0, 1024],
      [1000, 48],
      [1020, 10],
      [3000, 2048],
      [9990, 10],
      [9000, 1000],
      [5, 0],
    ];
    for (const [o, l] of cases) {
      expect(await src.read(o, l), `${o}+${l}`).toEqual(data.subarray(o, o + l));
    }
  });

  it('serves neighbouring small reads from one block read', async () => {
    const inner = counted();
    const src = blockCachedSource(inner, { blockSize: 4096 });
    await Promise.all([src.read(0, 100), src.read(100, 200), src.read(3000, 50)]);
    await src.read(4000, 10);
    expect(inner.reads).toBe(1);
  });

  it('keeps the source errors for reads past the end', async () => {
    const src = blockCachedSource(counted(), { blockSize: 1024 });
    const err = await readRange(src, 9990, 20).catch((e: unknown) => e);
    expect(isCoreError(err, 'S9PK_TRUNCATED')).toBe(true);
  });
});
