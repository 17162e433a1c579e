// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, useStore } from './create-store.ts';

afterEach(cleanup);

describe('createStore', () => {
  it('sets values and updaters, notifies each listener until it unsubscribes', () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(store.get().n));
    store.set({ n: 2 });
    store.set((prev) => ({ n: prev.n * 10 }));
    stop();
    store.set({ n: 0 });
    expect(seen).toEqual([2, 20]);
    expect(store.get()).toEqual({ n: 0 });
  });

  it('useStore renders the value and re-renders when a selected part changes only', () => {
    const store = createStore({ a: 1, b: 'x' });
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useStore(store, (s) => s.a);
    });
    expect(result.current).toBe(1);
    act(() => store.set((s) => ({ ...s, b: 'y' })));
    expect(renders).toBe(1);
    act(() => store.set((s) => ({ ...s, a: 2 })));
    expect(result.current).toBe(2);
    expect(renders).toBe(2);
    const whole = renderHook(() => useStore(store));
    expect(whole.result.current).toEqual({ a: 2, b: 'y' });
  });
});
