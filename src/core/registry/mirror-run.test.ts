import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.ts';
import type { MirrorResult } from './mirror-check.ts';
import { runMirrorChecks } from './mirror-run.ts';

const ok: MirrorResult = { state: 'ok', checkedAt: 0, headerChecked: false, size: null };

/** A check that waits until released, counting how many run at once. */
function gated() {
  let running = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  const check = (_item: number, signal: AbortSignal) =>
    new Promise<MirrorResult>((resolve, reject) => {
      running += 1;
      peak = Math.max(peak, running);
      let settled = false;
      const settle = (f: () => void) => {
        if (settled) return;
        settled = true;
        running -= 1;
        f();
      };
      waiting.push(() => settle(() => resolve(ok)));
      signal.addEventListener('abort', () => settle(() => reject(new CoreError('ABORTED', 'cancelled'))));
    });
  const release = async () => {
    while (waiting.length > 0) waiting.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { check, release, peak: () => peak, running: () => running };
}

describe('runMirrorChecks', () => {
  it('runs at most `concurrency` checks at once and reports every result', async () => {
    const g = gated();
    const seen: number[] = [];
    const run = runMirrorChecks({ items: [1, 2, 3, 4, 5, 6, 7], concurrency: 3, check: g.check, onResult: (i) => seen.push(i) });
    for (let i = 0; i < 4; i++) await g.release();
    expect(await run).toBe('done');
    expect(g.peak()).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('cancel aborts the checks in flight, starts no more and reports nothing after', async () => {
    const g = gated();
    const ac = new AbortController();
    const seen: number[] = [];
    const run = runMirrorChecks({ items: [1, 2, 3, 4, 5], concurrency: 2, check: g.check, onResult: (i) => seen.push(i), signal: ac.signal });
    await g.release();
    ac.abort();
    expect(await run).toBe('cancelled');
    expect(seen).toEqual([1, 2]);
    expect(g.running()).toBe(0);
  });

  it('an unexpected failure stops the run and is thrown', async () => {
    const check = (i: number) => (i === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(ok));
    await expect(runMirrorChecks({ items: [1, 2, 3], concurrency: 1, check, onResult: () => undefined })).rejects.toThrow('boom');
  });
});
