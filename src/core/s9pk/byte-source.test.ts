// ByteSource implementations (spec/s9pk-format.md §3.1): memory, Blob, slices; a Blob-backed
// archive opens and verifies like an in-memory one.
import { describe, it, expect } from 'vitest';
import { blobByteSource, memoryByteSource, readRange, sliceByteSource } from './byte-source.ts';
import { buildFixtureS9pk } from '../testing/fixtures.ts';
import { openS9pk } from './open.ts';
import { verifyAll } from './verify-all.ts';

describe('ByteSource', () => {
  it('memory and slice reads, with range checks', async () => {
    const m = memoryByteSource(Uint8Array.of(1, 2, 3, 4, 5));
    expect(await m.read(1, 3)).toEqual(Uint8Array.of(2, 3, 4));
    const s = sliceByteSource(m, 2, 3);
    expect(await s.read(0, 3)).toEqual(Uint8Array.of(3, 4, 5));
    await expect(readRange(m, 4, 2)).rejects.toMatchObject({ code: 'S9PK_TRUNCATED' });
    await expect(s.read(1, 3)).rejects.toMatchObject({ code: 'S9PK_TRUNCATED' });
  });

  it('a Blob-backed archive opens and fully verifies', async () => {
    const bytes = await buildFixtureS9pk({ dependencies: [{ id: 'tor' }] });
    const s = await openS9pk(blobByteSource(new Blob([bytes.slice()])));
    expect(s.manifest.id).toBe('hello-world');
    expect((await verifyAll(s)).complete).toBe(true);
  });
});
