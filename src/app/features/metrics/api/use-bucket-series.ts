/**
 * @module
 * One cached registry call per time bucket, without one query observer per bucket. A year by
 * day is 365 buckets per series; `useQueries` re-derives every observer's result each time one
 * of them settles — quadratic work that showed as main-thread tasks of up to a second while
 * the answers came in (bench/metrics-dashboard.ts). Here each bucket is still its own query in
 * the cache (`fetchQuery`: a changed range asks only for the new buckets, and a fresh answer is
 * not asked again), but the answers are collected in a plain array and reach React at most
 * every {@link FLUSH_MS}.
 */
import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';

export interface Series<T> {
  /** One answer per bucket, null while it is loading or failed. */
  values: (T | null)[];
  /** Buckets answered. */
  done: number;
  /** The first failure, if any bucket failed. */
  error: Error | null;
  /** Asks again for the buckets that failed. */
  retry: () => void;
}

/** How often answers that arrived reach the page (ms). */
export const FLUSH_MS = 100;

/** What was shown last, and for which queries (a new range starts from nothing, not the old answers). */
type State<T> = Omit<Series<T>, 'retry'> & { of: readonly unknown[] };

/** The answers of `queries` (one per bucket, in bucket order) as they arrive. */
export function useBucketSeries<T, E extends Error, K extends QueryKey>(queries: readonly FetchQueryOptions<T, E, T, K>[]): Series<T> {
  const qc = useQueryClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State<T>>(() => ({ of: queries, values: queries.map(() => null), done: 0, error: null }));

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const values: (T | null)[] = queries.map((q) => qc.getQueryData<T>(q.queryKey) ?? null);
    const answered = values.map((v) => v !== null);
    let error: Error | null = null;
    const flush = () => {
      timer = null;
      if (live) setState({ of: queries, values: [...values], done: answered.filter(Boolean).length, error });
    };
    const schedule = () => {
      timer ??= setTimeout(flush, FLUSH_MS);
    };
    flush();
    queries.forEach((q, i) => {
      qc.fetchQuery(q).then(
        (value) => {
          values[i] = value;
          answered[i] = true;
          schedule();
        },
        (e: unknown) => {
          error ??= e instanceof Error ? e : new Error(String(e));
          schedule();
        },
      );
    });
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
    };
  }, [qc, queries, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  if (state.of !== queries) return { values: queries.map(() => null), done: 0, error: null, retry };
  return { values: state.values, done: state.done, error: state.error, retry };
}
