// Known-answer test of the blake3-wasm hasher (../shared/notes/hashing-in-the-browser.md):
// sizes around 1 KiB and 1 MiB, inputs over 1 MiB, sizes that are not multiples of 1 KiB,
// against @noble/hashes one-shot. Node loads the package's CommonJS build, which shares the
// hashing code (@c4312/blake3-internal + the same C BLAKE3 WASM) with the browser build;
// e2e/worker.e2e.test.ts repeats the test in Chromium on the bundled worker.
import { createRequire } from 'node:module';
import { describe, it, expect, beforeAll } from 'vitest';
import { blake3 } from '@noble/hashes/blake3.js';
import { blake3Of } from '../core/s9pk/hasher.ts';
import { hashRange } from '../core/s9pk/stream-hash.ts';
import { patternByteSource, patternBytes } from '../core/testing/pattern-source.ts';
import { blake3WasmFactory, selfTestHasher, type Blake3WasmApi } from './blake3-wasm-hasher.ts';

const MiB = 1 << 20;
const KAT_SIZES = [0, 1, 1023, 1024, MiB - 1, MiB, MiB + 1, 3 * MiB + 777];

const require = createRequire(import.meta.url);
const lib = require('blake3-wasm') as Blake3WasmApi & { load(): Promise<void> };

beforeAll(() => lib.load());

describe('blake3-wasm hasher', () => {
  it('matches @noble/hashes one-shot for every KAT size (one update of the whole input)', () => {
    const factory = blake3WasmFactory(lib);
    for (const n of KAT_SIZES) {
      const data = patternBytes(0, n, 11);
      const h = factory.createHasher();
      h.update(data); // the wrapper must split this into ≤ 1 MiB pieces
      expect(Buffer.from(h.digest()).toString('hex'), `size ${n}`).toBe(
        Buffer.from(blake3(data)).toString('hex'),
      );
    }
  });

  it('matches through the core streaming path (16 MiB and odd read sizes)', async () => {
    const factory = blake3WasmFactory(lib);
    for (const n of KAT_SIZES) {
      const expected = blake3(patternBytes(0, n, 5));
      for (const chunkSize of [16 * MiB, 65_537]) {
        const got = await hashRange(patternByteSource(n, 5), 0, n, { hasher: factory, chunkSize });
        expect(got, `size ${n} chunk ${chunkSize}`).toEqual(expected);
      }
      expect(blake3Of(patternBytes(0, n, 5), factory)).toEqual(expected);
    }
  });

  it('passes its load-time self-test', () => {
    expect(selfTestHasher(blake3WasmFactory(lib))).toBe(true);
  });

  it('the raw library is wrong above 1 MiB (why the wrapper splits updates)', () => {
    // If this starts failing, blake3-wasm fixed its update(): the 1 MiB split can be revisited.
    const data = patternBytes(0, MiB + 1, 3);
    const raw = lib.createHash();
    raw.update(data);
    const got = Uint8Array.from(raw.digest());
    raw.dispose();
    expect(got).not.toEqual(blake3(data));
  });

  it('a factory that skips the split would fail this KAT (the test has teeth)', () => {
    const unsplit = {
      createHasher: () => {
        const s = lib.createHash();
        return {
          update: (c: Uint8Array) => void s.update(c),
          digest: () => Uint8Array.from(s.digest()),
        };
      },
    };
    const data = patternBytes(0, 3 * MiB + 777, 11);
    const h = unsplit.createHasher();
    h.update(data);
    expect(h.digest()).not.toEqual(blake3(data));
  });
});
