import { describe, expect, it } from 'vitest';
import { bulkMessage, CANCELLED, retryFailed, runBulk, summarizeBulk } from './bulk-run.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('runBulk', () => {
  it('runs every item, keeps input order and reports per-item failures', async () => {
    const seen: number[] = [];
    const results = await runBulk([1, 2, 3, 4], async (n) => {
      await tick();
      seen.push(n);
      if (n % 2 === 0) throw new Error(`no ${n}`);
    });
    expect(results.map((r) => r.item)).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);
    expect(seen.sort()).toEqual([1, 2, 3, 4]);
    const s = summarizeBulk(results);
    expect(s.succeeded).toEqual([1, 3]);
    expect(s.failed.map((f) => (f.error as Error).message)).toEqual(['no 2', 'no 4']);
    expect(bulkMessage(results, 'assigned')).toBe('2 of 4 assigned; 2 failed.');
  });

  it('never has more calls in flight than the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    await runBulk(Array.from({ length: 10 }, (_, i) => i), async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await tick();
      inFlight--;
    }, { concurrency: 3 });
    expect(peak).toBe(3);
  });

  it('reports progress and stops starting calls once cancelled', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const results = await runBulk([1, 2, 3], async (n) => {
      if (n === 1) controller.abort();
    }, { concurrency: 1, signal: controller.signal, onProgress: (d) => progress.push(d) });
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(results[1]?.ok === false && results[1].error).toBe(CANCELLED);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('handles an empty list', async () => {
    expect(await runBulk([], async () => undefined)).toEqual([]);
    expect(bulkMessage([])).toBe('Nothing to do.');
    expect(bulkMessage([{ item: 1, ok: true }])).toBe('1 done.');
    expect(bulkMessage([{ item: 1, ok: true }, { item: 2, ok: true }], 'removed')).toBe('All 2 removed.');
  });
});

describe('retryFailed', () => {
  it('runs only the failed items again and puts their new results in place', async () => {
    const tries = new Map<number, number>();
    const flaky = async (n: number) => {
      tries.set(n, (tries.get(n) ?? 0) + 1);
      if (n === 4 || (n % 2 === 0 && tries.get(n) === 1)) throw new Error(`no ${n}`);
    };
    const first = await runBulk([1, 2, 3, 4], flaky);
    expect(first.map((r) => r.ok)).toEqual([true, false, true, false]);
    const progress: number[] = [];
    const second = await retryFailed(first, flaky, { onProgress: (done, total) => progress.push(done * 10 + total) });
    expect(second.map((r) => [r.item, r.ok])).toEqual([[1, true], [2, true], [3, true], [4, false]]);
    expect([...tries.entries()].sort()).toEqual([[1, 1], [2, 2], [3, 1], [4, 2]]);
    expect(progress).toEqual([12, 22]);
    expect(bulkMessage(second)).toBe('3 of 4 done; 1 failed.');
  });
});
