// The sequential BYOB verifier agrees with core verifyAll (spec/s9pk-format.md §3.3): same
// verdicts and errors for any buffer size, members straddling reads, both layouts, tampering,
// a short file and cancellation.
import { describe, it, expect } from 'vitest';
import { isCoreError } from '../core/errors.ts';
import { memoryByteSource } from '../core/s9pk/byte-source.ts';
import { buildFixtureS9pk } from '../core/testing/fixtures.ts';
import { nobleBlake3 } from '../core/s9pk/hasher.ts';
import { openS9pk } from '../core/s9pk/open.ts';
import { verifyAll } from '../core/s9pk/verify-all.ts';
import { canStreamVerify, verifyByStreaming } from './stream-verify.ts';
import { verifyBlob } from './ops.ts';

const MiB = 1 << 20;
const options = { arches: ['x86_64', 'aarch64'] as ('x86_64' | 'aarch64')[], imageSize: MiB + 333 };
const pack = await buildFixtureS9pk(options);
const priority = await buildFixtureS9pk({ ...options, layout: 'priority' });
const blob = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);

describe('verifyByStreaming', () => {
  it('is available in this realm (Node Blob streams are byte streams)', () => {
    expect(canStreamVerify()).toBe(true);
  });

  it(
    'gives the verifyAll verdict for several buffer sizes and both layouts',
    { timeout: 30_000 },
    async () => {
      for (const bytes of [pack, priority]) {
        const opened = await openS9pk(memoryByteSource(bytes));
        const expected = await verifyAll(opened);
        for (const [bufferSize, maxSkip] of [
          [4097, 0],
          [MiB + 1, 100],
          [8 * MiB, undefined],
        ]) {
          const progress: number[] = [];
          const v = await verifyByStreaming(opened, blob(bytes), {
            bufferSize,
            maxSkip, // 0: re-open the stream at every gap between members
            onProgress: (d) => progress.push(d),
          });
          expect(v).toEqual(expected);
          expect(progress.at(-1)).toBe(expected.bytes);
        }
      }
    },
  );

  it('reports the tampered member, wherever the flip is', async () => {
    const opened = await openS9pk(memoryByteSource(pack));
    for (const f of opened.files().filter((x) => x.size > 0)) {
      const bad = pack.slice();
      const at = f.position + f.size - 1;
      bad[at] = bad[at]! ^ 0x80;
      const err = await verifyByStreaming(opened, blob(bad), { bufferSize: 4097 }).catch(
        (e: unknown) => e,
      );
      expect(isCoreError(err, 'S9PK_HASH_MISMATCH'), f.path).toBe(true);
      expect((err as { detail: { path: string } }).detail.path).toBe(f.path);
    }
  });

  it('fails with S9PK_TRUNCATED when the blob is shorter than the tables say', async () => {
    const opened = await openS9pk(memoryByteSource(pack));
    const err = await verifyByStreaming(opened, blob(pack.subarray(0, pack.length - 10))).catch(
      (e: unknown) => e,
    );
    expect(isCoreError(err, 'S9PK_TRUNCATED')).toBe(true);
  });

  it('stops with ABORTED inside a large member', async () => {
    const opened = await openS9pk(memoryByteSource(pack));
    const ctl = new AbortController();
    const err = await verifyByStreaming(opened, blob(pack), {
      bufferSize: 4096,
      signal: ctl.signal,
      onProgress: (done) => done > 100_000 && ctl.abort(),
    }).catch((e: unknown) => e);
    expect(isCoreError(err, 'ABORTED')).toBe(true);
  });
});

describe('verifyBlob read strategies', () => {
  it('stream and slices agree', async () => {
    const ctx = {
      hasher: nobleBlake3,
      hasherName: 'noble' as const,
      signal: new AbortController().signal,
    };
    const a = await verifyBlob(blob(pack), { ...ctx, readStrategy: 'stream' });
    const b = await verifyBlob(blob(pack), { ...ctx, readStrategy: 'slices' });
    expect(a).toEqual(b);
  });
});
