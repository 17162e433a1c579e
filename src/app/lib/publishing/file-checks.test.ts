/**
 * The file checks in Node (the worker client falls back to the in-process handler): inspect
 * then verify a real archive, reject a tampered one with its member path, reject a zip at
 * once, cancel a verification.
 */
import { describe, expect, it } from 'vitest';
import { isCoreError } from '../../../core/errors.ts';
import { buildFixtureS9pk, fixtureFiles } from '../../../core/testing/fixtures.ts';
import { inspectFile, verifyFile } from './file-checks.ts';

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

describe('inspect and verify a file', () => {
  it('a valid archive: inspected, then verified', async () => {
    const f = file(await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' }), 'hello.s9pk');
    const inspect = await inspectFile(f);
    expect(inspect.status === 'ok' && inspect.result.id).toBe('hello');
    const verify = await verifyFile(f);
    expect(verify.status === 'ok' && verify.result.complete).toBe(true);
  });

  it('a tampered archive fails verification at the member, a zip is rejected at once', async () => {
    const bytes = await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' });
    const body = fixtureFiles({ id: 'hello', version: '1.0.0:0' }).get('javascript.squashfs');
    if (!(body instanceof Uint8Array)) throw new Error('the fixture keeps its javascript.squashfs in memory');
    const at = Buffer.from(bytes).indexOf(Buffer.from(body.subarray(32, 96)));
    bytes[at + 5]! ^= 1;
    const v = await verifyFile(file(bytes, 'bad.s9pk'));
    expect(v.status === 'failed' && isCoreError(v.error) && v.error.detail.path).toBe('javascript.squashfs');
    const z = await inspectFile(file(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(300).fill(0)]), 'pkg.zip'));
    expect(z.status === 'failed' && isCoreError(z.error, 'S9PK_ZIP')).toBe(true);
  });

  it('cancelling the verification reports it cancelled', async () => {
    const f = file(await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0', imageSize: 32 << 20 }), 'big.s9pk');
    const ac = new AbortController();
    const v = await verifyFile(f, { signal: ac.signal, onProgress: () => ac.abort() });
    expect(v.status).toBe('cancelled');
  }, 30_000);
});
