// The main-thread fallback of the worker client (Node has no `Worker`): the same request
// handler runs in-process, so this covers handler.ts, ops.ts and the pool end to end.
// Chromium runs the real workers in e2e/worker.e2e.test.ts.
import { describe, it, expect, afterAll } from 'vitest';
import { isCoreError } from '../core/errors.ts';
import { rejectionCode } from '../core/testing/rejection-code.ts';
import { memoryByteSource } from '../core/s9pk/byte-source.ts';
import { TEST_ONLY_SEED, buildFixtureS9pk } from '../core/testing/fixtures.ts';
import { openS9pk } from '../core/s9pk/open.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../core/sign/keys.ts';
import { blake3 } from '@noble/hashes/blake3.js';
import { encodeBase64 } from '../core/bytes/base64.ts';
import {
  disposeS9pkWorkers,
  hashBlake3File,
  inspectS9pk,
  verifyS9pk,
  type Progress,
} from './client.ts';

const MiB = 1 << 20;
const archive = await buildFixtureS9pk({
  id: 'client-test',
  title: 'Client Test',
  arches: ['x86_64', 'aarch64'],
  imageSize: 2 * MiB + 5,
  ram: 1 << 30,
  dependencies: [{ id: 'bitcoind', title: 'Bitcoin Core', optional: true }],
});
const blob = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);

afterAll(() => disposeS9pkWorkers());

describe('inspectS9pk (main-thread fallback)', () => {
  it('returns the header-level facts', async () => {
    const r = await inspectS9pk(blob(archive));
    expect(r).toMatchObject({
      id: 'client-test',
      title: 'Client Test',
      version: '1.0.0:0',
      arches: ['aarch64', 'x86_64'],
      imageArches: ['aarch64', 'x86_64'],
      size: archive.length,
      signer: encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED)),
      hasLicense: true,
      hasInstructions: true,
      missing: [],
    });
    expect(r.hardwareRequirements.ram).toBe(1 << 30);
    expect(r.icon?.mime).toBe('image/png');
    expect(r.icon?.dataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(r.dependencies.bitcoind).toMatchObject({ title: 'Bitcoin Core', optional: true });
    expect(r.dependencies.bitcoind?.iconDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(r.manifest.id).toBe('client-test');
    const opened = await openS9pk(memoryByteSource(archive));
    expect(r.commitment).toEqual(opened.commitment);
    expect(r.fileCount).toBe(opened.files().length);
  });

  it('rejects a non-s9pk with its CoreError code', async () => {
    expect(await rejectionCode(inspectS9pk(blob(new Uint8Array(4096))))).toBe('S9PK_BAD_MAGIC');
  });
});

describe('verifyS9pk (main-thread fallback)', () => {
  it('verifies every file and reports progress ending at total', async () => {
    const events: Progress[] = [];
    const v = await verifyS9pk(blob(archive), { onProgress: (p) => events.push(p) });
    expect(v).toMatchObject({ complete: true, missing: [], hasher: 'noble' });
    expect(events[0]).toEqual({ done: 0, total: v.bytes });
    expect(events.at(-1)).toEqual({ done: v.bytes, total: v.bytes });
    expect(v.bytes).toBeGreaterThan(4 * MiB);
  });

  it('reports S9PK_HASH_MISMATCH with the path of a tampered member', async () => {
    const path = 'images/aarch64/main.squashfs';
    const file = (await openS9pk(memoryByteSource(archive))).entry(path);
    if (file?.kind !== 'file') throw new Error('fixture lacks the image');
    const bad = archive.slice();
    bad[file.position + 1234] = bad[file.position + 1234]! ^ 1;
    const err = await verifyS9pk(blob(bad)).catch((e: unknown) => e);
    expect(isCoreError(err, 'S9PK_HASH_MISMATCH')).toBe(true);
    expect((err as { detail: { path: string } }).detail.path).toBe(path);
  });

  it('rejects with ABORTED when the signal fires, before or during the run', async () => {
    expect(await rejectionCode(verifyS9pk(blob(archive), { signal: AbortSignal.abort() }))).toBe(
      'ABORTED',
    );
    const ctl = new AbortController();
    const p = verifyS9pk(blob(archive), {
      signal: ctl.signal,
      onProgress: ({ done }) => done > 0 && ctl.abort(),
    });
    expect(await rejectionCode(p)).toBe('ABORTED');
    // The pool still works afterwards.
    expect((await verifyS9pk(blob(archive))).complete).toBe(true);
  });

  it('runs several files concurrently through the queue', async () => {
    const results = await Promise.all([1, 2, 3].map(() => inspectS9pk(blob(archive))));
    expect(results.map((r) => r.id)).toEqual(['client-test', 'client-test', 'client-test']);
  });
});

describe('hashBlake3File (main-thread fallback)', () => {
  it('commits to the whole file with progress ending at its size', async () => {
    const events: Progress[] = [];
    const r = await hashBlake3File(blob(archive), { onProgress: (p) => events.push(p) });
    expect(r.commitment).toEqual({
      hash: encodeBase64(blake3(archive), { pad: false }),
      size: archive.length,
    });
    expect(r.hasher).toBe('noble');
    expect(events[0]).toEqual({ done: 0, total: archive.length });
    expect(events.at(-1)).toEqual({ done: archive.length, total: archive.length });
  });

  it('rejects with ABORTED when cancelled', async () => {
    const ctl = new AbortController();
    const run = hashBlake3File(blob(archive), { signal: ctl.signal });
    ctl.abort();
    expect(await rejectionCode(run)).toBe('ABORTED');
  });
});
