// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useBucketSeries } from './use-bucket-series.ts';

afterEach(cleanup);

/** Bucket queries whose answers the test releases by hand. */
function buckets(n: number, fail: ReadonlySet<number> = new Set()) {
  const calls: number[] = [];
  const pending = new Map<number, () => void>();
  const queries = Array.from({ length: n }, (_, i) =>
    queryOptions({
      queryKey: ['bucket', i],
      queryFn: () =>
        new Promise<number>((resolve, reject) => {
          calls.push(i);
          pending.set(i, () => (fail.has(i) ? reject(new Error(`bucket ${i}`)) : resolve(i * 10)));
        }),
      staleTime: 60_000,
      retry: false,
    }),
  );
  const release = async (...which: number[]) => {
    await act(async () => {
      for (const i of which) pending.get(i)?.();
      await new Promise((r) => setTimeout(r, 150));
    });
  };
  return { queries, calls, release };
}

function setup(qc = new QueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client: qc }, children);
  return { qc, wrapper };
}

describe('useBucketSeries', () => {
  it('answers in bucket order as they arrive, counting what is done', async () => {
    const b = buckets(3);
    const { wrapper } = setup();
    let renders = 0;
    const { result } = renderHook(() => (renders++, useBucketSeries(b.queries)), { wrapper });
    await waitFor(() => expect(b.calls).toEqual([0, 1, 2]));
    expect(result.current.values).toEqual([null, null, null]);
    await b.release(2);
    expect(result.current).toMatchObject({ values: [null, null, 20], done: 1, error: null });
    const before = renders;
    await b.release(0, 1);
    expect(result.current).toMatchObject({ values: [0, 10, 20], done: 3 });
    // answers arriving together reach the page in one render, not one each
    expect(renders - before).toBe(1);
  });

  it('a bucket already answered is shown at once and not asked again', async () => {
    const { qc, wrapper } = setup();
    const first = buckets(2);
    const one = renderHook(() => useBucketSeries(first.queries), { wrapper });
    await waitFor(() => expect(first.calls).toEqual([0, 1]));
    await first.release(0, 1);
    one.unmount();
    const again = buckets(3);
    const { result } = renderHook(() => useBucketSeries(again.queries), { wrapper: setup(qc).wrapper });
    await waitFor(() => expect(again.calls).toEqual([2]));
    expect(result.current).toMatchObject({ values: [0, 10, null], done: 2 });
  });

  it('a failure is reported, and retry asks again only for the failed buckets', async () => {
    const b = buckets(3, new Set([1]));
    const { wrapper } = setup();
    const { result } = renderHook(() => useBucketSeries(b.queries), { wrapper });
    await waitFor(() => expect(b.calls).toEqual([0, 1, 2]));
    await b.release(0, 1, 2);
    expect(result.current.error?.message).toBe('bucket 1');
    expect(result.current.done).toBe(2);
    act(() => result.current.retry());
    await waitFor(() => expect(b.calls).toEqual([0, 1, 2, 1]));
  });

  it('new buckets start from nothing rather than the old answers', async () => {
    const a = buckets(2);
    const { wrapper } = setup();
    const { result, rerender } = renderHook(({ q }) => useBucketSeries(q), { wrapper, initialProps: { q: a.queries } });
    await waitFor(() => expect(a.calls).toEqual([0, 1]));
    await a.release(0, 1);
    const fresh = Array.from({ length: 4 }, (_, i) => queryOptions({ queryKey: ['other', i], queryFn: () => new Promise<number>(() => undefined) }));
    rerender({ q: fresh });
    expect(result.current.values).toEqual([null, null, null, null]);
  });
});
