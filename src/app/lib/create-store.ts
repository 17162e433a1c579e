/**
 * @module
 * The one tiny external store of the console: a value, a setter that notifies, and a React
 * hook over `useSyncExternalStore`. Module-level state that several components read (the
 * unlocked key, the bucket session, toasts, publish rows) lives in one of these instead of a
 * hand-rolled listener set.
 */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  /** The current value (the same reference until the next `set`). */
  get(): T;
  /** Replaces the value (or derives it from the previous one) and notifies every listener. */
  set(next: T | ((prev: T) => T)): void;
  /** Calls `listener` after every `set`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = typeof next === 'function' ? (next as (prev: T) => T)(value) : next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The store's value, or a part of it, re-rendering only when that part changes. `select` must
 * return a value already held by the store or a primitive (a fresh object each call would
 * re-render forever, as with any `useSyncExternalStore` snapshot).
 */
export function useStore<T>(store: Store<T>): T;
export function useStore<T, S>(store: Store<T>, select: (value: T) => S): S;
export function useStore<T, S>(store: Store<T>, select?: (value: T) => S): T | S {
  const snapshot = () => (select ? select(store.get()) : store.get());
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
