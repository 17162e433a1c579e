/**
 * @module
 * The console's one bound on concurrent async work. `createLimiter(n)` gives a function that
 * runs at most `n` tasks at once and starts the others in the order they were given (FIFO);
 * `runLimited` runs one task per item through such a limiter and answers a result per item,
 * in input order, instead of stopping at the first failure.
 *
 * Cancel is an `AbortSignal`: once it aborts no further task starts (each queued one settles
 * as {@link NOT_STARTED}), the tasks in flight receive the same signal, and `runLimited`
 * settles only after every one of them has, so nothing lands after it returns.
 */

/** A task given to a limiter; `signal` is the one the caller passed (never aborted if none). */
export type LimitedTask<R> = (signal: AbortSignal) => Promise<R>;

/** Runs `task` when fewer than the limit are running; rejects with {@link NOT_STARTED} if `signal` aborts first. */
export type Limiter = <R>(task: LimitedTask<R>, signal?: AbortSignal) => Promise<R>;

/** The error of a task that never started because its signal aborted while it waited. */
export const NOT_STARTED: Readonly<{ notStarted: true }> = Object.freeze({ notStarted: true });

const idle = new AbortController().signal;

interface Waiting {
  start: () => void;
  drop: () => void;
  signal: AbortSignal;
}

/** @throws RangeError when `limit` is not a whole number ≥ 1 (a caller's mistake, not data). */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency limit ${limit}: want a whole number ≥ 1`);
  let running = 0;
  let waiting: Waiting[] = [];
  // One abort listener per distinct signal with tasks waiting, not one per task: a run of
  // thousands of items shares one signal.
  const watched = new Map<AbortSignal, { listener: () => void; count: number }>();
  const unwatch = (signal: AbortSignal) => {
    const entry = watched.get(signal);
    if (!entry || --entry.count > 0) return;
    signal.removeEventListener('abort', entry.listener);
    watched.delete(signal);
  };
  const watch = (signal: AbortSignal) => {
    if (signal === idle) return;
    const entry = watched.get(signal);
    if (entry) return void (entry.count += 1);
    const listener = () => {
      watched.delete(signal);
      const dropped = waiting.filter((w) => w.signal === signal);
      waiting = waiting.filter((w) => w.signal !== signal);
      for (const w of dropped) w.drop();
    };
    watched.set(signal, { listener, count: 1 });
    signal.addEventListener('abort', listener, { once: true });
  };
  const finish = () => {
    running -= 1;
    const next = waiting.shift();
    if (!next) return;
    unwatch(next.signal);
    next.start();
  };
  return <R>(task: LimitedTask<R>, signal: AbortSignal = idle) =>
    new Promise<R>((resolve, reject) => {
      if (signal.aborted) return reject(NOT_STARTED);
      const start = () => {
        running += 1;
        let pending: Promise<R>;
        try {
          pending = task(signal);
        } catch (e) {
          pending = Promise.reject(e);
        }
        pending.then(resolve, reject).finally(finish);
      };
      if (running < limit) return start();
      waiting.push({ start, signal, drop: () => reject(NOT_STARTED) });
      watch(signal);
    });
}

/** One item's result: its value, or why it failed ({@link NOT_STARTED} when cancel came first). */
export type Outcome<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export interface RunLimitedOptions<T, R> {
  /** Tasks in flight at once; fractions are floored, anything below 1 counts as 1. */
  concurrency: number;
  signal?: AbortSignal;
  /** Called once per item as it settles (not-started ones included), with the number settled so far. */
  onSettled?: (outcome: Outcome<T, R>, index: number, settled: number) => void;
}

export interface RunLimitedResult<T, R> {
  /** One per item, in input order. */
  outcomes: Outcome<T, R>[];
  /** True when the signal aborted before the run ended. */
  cancelled: boolean;
}

/**
 * Calls `task` for every item, at most `concurrency` at once, starting them in input order;
 * never rejects.
 * @example
 * const { outcomes } = await runLimited(urls, (url, signal) => fetch(url, { signal }), { concurrency: 4 });
 */
export async function runLimited<T, R>(
  items: readonly T[],
  task: (item: T, signal: AbortSignal, index: number) => Promise<R>,
  { concurrency, signal, onSettled }: RunLimitedOptions<T, R>,
): Promise<RunLimitedResult<T, R>> {
  const limiter = createLimiter(Math.max(1, Math.floor(concurrency) || 1));
  let settled = 0;
  const outcomes = await Promise.all(
    items.map(async (item, index): Promise<Outcome<T, R>> => {
      let outcome: Outcome<T, R>;
      try {
        outcome = { item, ok: true, value: await limiter((s) => task(item, s, index), signal) };
      } catch (error) {
        outcome = { item, ok: false, error };
      }
      onSettled?.(outcome, index, ++settled);
      return outcome;
    }),
  );
  return { outcomes, cancelled: signal?.aborted ?? false };
}
