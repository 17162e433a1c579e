/**
 * A row's worker steps in Node (the worker client falls back to the in-process handler):
 * inspect then verify a real archive, reject a tampered one with its member path, cancel.
 */
import { describe, expect, it } from 'vitest';
import { buildFixtureS9pk, fixtureFiles } from '../../../core/s9pk/fixtures.ts';
import { PublishQueue } from '../../features/publish/lib/publish-queue.ts';
import { cancelVerify, inspectRow } from './file-checks.ts';

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

describe('inspect and verify a row', () => {
  it('a valid archive: inspected, then verified', async () => {
    const q = new PublishQueue();
    const row = q.add(file(await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' }), 'hello.s9pk'), 'urls');
    await inspectRow(q, row.id);
    const done = q.get(row.id)!;
    expect(done.inspect.status === 'ok' && done.inspect.result.id).toBe('hello');
    expect(done.verify.status === 'ok' && done.verify.result.complete).toBe(true);
  });

  it('a tampered archive fails verification at the member, a zip is rejected at once', async () => {
    const bytes = await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0' });
    const body = fixtureFiles({ id: 'hello', version: '1.0.0:0' }).get('javascript.squashfs') as Uint8Array;
    const at = Buffer.from(bytes).indexOf(Buffer.from(body.subarray(32, 96)));
    bytes[at + 5]! ^= 1;
    const q = new PublishQueue();
    const bad = q.add(file(bytes, 'bad.s9pk'), 'urls');
    await inspectRow(q, bad.id);
    const v = q.get(bad.id)!.verify;
    expect(v.status === 'failed' && (v.error as { code: string; detail: { path: string } }).detail.path).toBe('javascript.squashfs');
    const zip = q.add(file(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(300).fill(0)]), 'pkg.zip'), 'urls');
    await inspectRow(q, zip.id);
    const z = q.get(zip.id)!.inspect;
    expect(z.status === 'failed' && (z.error as { code: string }).code).toBe('S9PK_ZIP');
  });

  it('cancelling the verification marks it cancelled', async () => {
    const q = new PublishQueue();
    const row = q.add(file(await buildFixtureS9pk({ id: 'hello', version: '1.0.0:0', imageSize: 32 << 20 }), 'big.s9pk'), 'urls');
    const running = inspectRow(q, row.id);
    await new Promise<void>((resolve) => {
      const stop = q.subscribe(() => {
        if (q.get(row.id)?.verify.status === 'running') {
          stop();
          resolve();
        }
      });
    });
    cancelVerify(q, row.id);
    await running;
    expect(q.get(row.id)!.verify.status).toBe('cancelled');
  });
});
