// Known answers for the whole-file BLAKE3 commitment (spec registry-api.md §5.3): sizes at the
// 1 KiB chunk and 1 MiB update boundaries and several read buffers, through both read
// strategies and both hashers, against @noble/hashes one-shot; progress, cancel, short reads.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { blake3 } from '@noble/hashes/blake3.js';
import { rejectionCode } from '../core/testing/rejection-code.ts';
import { encodeBase64 } from '../core/bytes/base64.ts';
import { nobleBlake3 } from '../core/s9pk/hasher.ts';
import { patternBytes } from '../core/testing/pattern-source.ts';
import { blake3WasmFactory, type Blake3WasmApi } from './blake3-wasm-hasher.ts';
import { commitBlake3File } from './blake3-file.ts';

const MiB = 1 << 20;
/** Empty, one byte, around one BLAKE3 chunk, around 1 MiB, and several 4 MiB read buffers. */
const KAT_SIZES = [0, 1, 1023, 1024, 1025, MiB - 1, MiB, MiB + 1, 9 * MiB + 4097];

const require = createRequire(import.meta.url);
const wasmLib = require('blake3-wasm') as Blake3WasmApi & { load(): Promise<void> };
beforeAll(() => wasmLib.load());

const blob = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);
const expected = (b: Uint8Array) => ({
  hash: encodeBase64(blake3(b), { pad: false }),
  size: b.length,
});

describe('commitBlake3File', () => {
  it('matches BLAKE3 one-shot at every boundary size, both strategies and hashers', async () => {
    const hashers = { noble: nobleBlake3, wasm: blake3WasmFactory(wasmLib) };
    for (const n of KAT_SIZES) {
      const bytes = patternBytes(0, n, 7);
      const want = expected(bytes);
      for (const [name, hasher] of Object.entries(hashers)) {
        for (const readStrategy of ['stream', 'slices'] as const) {
          const got = await commitBlake3File(blob(bytes), { hasher, readStrategy });
          expect(got, `${n} bytes, ${name}, ${readStrategy}`).toEqual(want);
        }
      }
    }
  }, 120_000);

  it('gives the same answer for odd BYOB buffer sizes', async () => {
    const bytes = patternBytes(0, 3 * MiB + 5, 3);
    const want = expected(bytes);
    for (const bufferSize of [1023, 65_537, MiB + 1]) {
      const got = await commitBlake3File(blob(bytes), {
        hasher: blake3WasmFactory(wasmLib),
        bufferSize,
      });
      expect(got, `buffer ${bufferSize}`).toEqual(want);
    }
  });

  it('reports progress from 0 to the size, never backwards', async () => {
    const bytes = patternBytes(0, 2 * MiB + 3, 1);
    const seen: [number, number][] = [];
    await commitBlake3File(blob(bytes), {
      bufferSize: 512 << 10,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen[0]).toEqual([0, bytes.length]);
    expect(seen.at(-1)).toEqual([bytes.length, bytes.length]);
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it('stops with ABORTED when cancelled mid-file', async () => {
    const ctl = new AbortController();
    const bytes = patternBytes(0, 4 * MiB, 1);
    const run = commitBlake3File(blob(bytes), {
      bufferSize: 256 << 10,
      signal: ctl.signal,
      onProgress: (done) => {
        if (done >= MiB) ctl.abort();
      },
    });
    expect(await rejectionCode(run)).toBe('ABORTED');
  });

  it('refuses a file that delivers fewer bytes than its size (changed while read)', async () => {
    class Shrunk extends Blob {
      override get size() {
        return super.size + 5;
      }
    }
    const shrunk = new Shrunk([patternBytes(0, 1000, 1) as Uint8Array<ArrayBuffer>]);
    expect(await rejectionCode(commitBlake3File(shrunk, { readStrategy: 'stream' }))).toBe(
      'S9PK_TRUNCATED',
    );
  });
});
