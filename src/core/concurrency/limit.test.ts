import { describe, expect, it } from 'vitest';
import { createLimiter, NOT_STARTED, runLimited, type Outcome } from './limit.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Tasks that wait until released by hand, counting how many run at once. */
function gated() {
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  const gates = new Map<number, () => void>();
  const task = (n: number) =>
    new Promise<number>((resolve) => {
      running += 1;
      peak = Math.max(peak, running);
      started.push(n);
      gates.set(n, () => {
        running -= 1;
        resolve(n * 10);
      });
    });
  const release = async (n: number) => {
    gates.get(n)?.();
    gates.delete(n);
    await tick();
  };
  return { task, release, started, peak: () => peak, running: () => running };
}

describe('createLimiter', () => {
  it('runs at most n tasks at once, in the order given, through failures', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      order.push(i);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      if (i === 1) throw new Error('one failed');
      return i;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map((i) => limit(task(i))));
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('drops a waiting task whose signal aborts, and hands the signal to a running one', async () => {
    const limit = createLimiter(1);
    const g = gated();
    const ac = new AbortController();
    let seen: AbortSignal | null = null;
    const first = limit((signal) => {
      seen = signal;
      return g.task(1);
    }, ac.signal);
    const second = limit(() => g.task(2), ac.signal);
    ac.abort();
    await expect(second).rejects.toBe(NOT_STARTED);
    expect(seen).toBe(ac.signal);
    await g.release(1);
    expect(await first).toBe(10);
    expect(g.started).toEqual([1]);
    await expect(limit(() => g.task(3), ac.signal)).rejects.toBe(NOT_STARTED);
  });

  it('a task that throws before its promise still frees its slot', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => { throw new Error('sync'); })).rejects.toThrow('sync');
    expect(await limit(async () => 'next')).toBe('next');
  });

  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
    expect(() => createLimiter(1.5)).toThrow(RangeError);
  });
});

describe('runLimited', () => {
  it('answers one outcome per item in input order, whatever order they finish in', async () => {
    const g = gated();
    const run = runLimited([1, 2, 3], (n) => g.task(n), { concurrency: 3 });
    await tick();
    await g.release(3);
    await g.release(1);
    await g.release(2);
    const { outcomes, cancelled } = await run;
    expect(cancelled).toBe(false);
    expect(outcomes).toEqual([
      { item: 1, ok: true, value: 10 },
      { item: 2, ok: true, value: 20 },
      { item: 3, ok: true, value: 30 },
    ]);
  });

  it('never has more than `concurrency` in flight, and starts them in input order', async () => {
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const items = Array.from({ length: 25 }, (_, i) => i);
    await runLimited(items, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      order.push(n);
      await new Promise((r) => setTimeout(r, (n * 7) % 5));
      running -= 1;
    }, { concurrency: 4 });
    expect(peak).toBe(4);
    expect(order).toEqual(items);
  });

  it('keeps a failure to its item and carries on', async () => {
    const { outcomes } = await runLimited([1, 2, 3, 4], async (n) => {
      if (n === 2) throw new Error('no 2');
      if (n === 4) return Promise.reject(new Error('no 4'));
      return n;
    }, { concurrency: 2 });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, false]);
    expect(outcomes.flatMap((o) => (o.ok ? [] : [String(o.error)]))).toEqual(['Error: no 2', 'Error: no 4']);
  });

  it('cancel starts nothing more and settles only after the tasks in flight have', async () => {
    const g = gated();
    const ac = new AbortController();
    const settled: Outcome<number, number>[] = [];
    let ended = false;
    const run = runLimited([1, 2, 3, 4, 5], (n) => g.task(n), {
      concurrency: 2,
      signal: ac.signal,
      onSettled: (o) => settled.push(o),
    }).finally(() => (ended = true));
    await g.release(1);
    expect(g.started).toEqual([1, 2, 3]);
    ac.abort();
    await tick();
    expect(ended).toBe(false);
    expect(g.running()).toBe(2);
    await g.release(2);
    await g.release(3);
    const { outcomes, cancelled } = await run;
    expect(cancelled).toBe(true);
    expect(g.started).toEqual([1, 2, 3]);
    expect(outcomes.map((o) => (o.ok ? o.value : o.error))).toEqual([10, 20, 30, NOT_STARTED, NOT_STARTED]);
    expect(settled).toHaveLength(5);
    expect(g.peak()).toBe(2);
  });

  it('passes the caller signal to every task, and reports progress once per item', async () => {
    const ac = new AbortController();
    const signals = new Set<AbortSignal>();
    const progress: number[] = [];
    await runLimited([1, 2, 3], async (_n, signal) => void signals.add(signal), {
      concurrency: 2,
      signal: ac.signal,
      onSettled: (_o, _i, count) => progress.push(count),
    });
    expect([...signals]).toEqual([ac.signal]);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('handles an empty list and an already aborted signal', async () => {
    expect(await runLimited([], async () => 1, { concurrency: 2 })).toEqual({ outcomes: [], cancelled: false });
    const { outcomes, cancelled } = await runLimited([1], async () => 1, { concurrency: 2, signal: AbortSignal.abort() });
    expect(cancelled).toBe(true);
    expect(outcomes).toEqual([{ item: 1, ok: false, error: NOT_STARTED }]);
  });
});

describe('createLimiter listeners', () => {
  it('adds one abort listener per signal, not per waiting task, and removes it when none waits', async () => {
    const ac = new AbortController();
    let listening = 0;
    const add = ac.signal.addEventListener.bind(ac.signal);
    const remove = ac.signal.removeEventListener.bind(ac.signal);
    ac.signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
      listening += 1;
      add(...args);
    };
    ac.signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
      listening -= 1;
      remove(...args);
    };
    const items = Array.from({ length: 50 }, (_, i) => i);
    let peakListening = 0;
    await runLimited(items, async () => {
      peakListening = Math.max(peakListening, listening);
      await tick();
    }, { concurrency: 3, signal: ac.signal });
    expect(peakListening).toBe(1);
    expect(listening).toBe(0);
  });
});
