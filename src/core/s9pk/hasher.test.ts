// Known answers for the streaming BLAKE3 path (notes/hashing-in-the-browser.md): inputs over
// 1 MiB and sizes that are not multiples of 1 KiB, against @noble/hashes one-shot.
import { describe, it, expect } from 'vitest';
import { blake3 } from '@noble/hashes/blake3.js';
import { MAX_HASHER_UPDATE, blake3Of, type HasherFactory } from './hasher.ts';
import { hashRange } from './stream-hash.ts';
import { patternByteSource, patternBytes } from '../testing/pattern-source.ts';

const SIZES = [0, 1, 1023, 1025, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 2 * (1 << 20) + 777];

/** A hasher that fails the test if any update exceeds 1 MiB (the blake3-wasm defect). */
const guarded: HasherFactory = {
  createHasher() {
    const h = blake3.create();
    return {
      update(c) {
        if (c.length > MAX_HASHER_UPDATE) throw new Error(`update of ${c.length} bytes`);
        h.update(c);
      },
      digest: () => h.digest(),
    };
  },
};

describe('BLAKE3 hasher', () => {
  it('known answers: in-memory chunked update', () => {
    for (const n of SIZES) {
      const data = patternBytes(0, n, 7);
      expect(blake3Of(data, guarded)).toEqual(blake3(data));
    }
  });

  it('known answers: streamed from a ByteSource with odd chunk sizes', async () => {
    for (const n of SIZES) {
      const src = patternByteSource(n, 7);
      const expected = blake3(patternBytes(0, n, 7));
      for (const chunkSize of [65_537, 3 << 20]) {
        expect(await hashRange(src, 0, n, { hasher: guarded, chunkSize })).toEqual(expected);
      }
    }
  });

  it('known answer: empty input', () => {
    expect(Buffer.from(blake3Of(new Uint8Array(0))).toString('hex')).toBe(
      'af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262',
    );
  });
});
