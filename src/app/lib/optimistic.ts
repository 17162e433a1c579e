/**
 * @module
 * Optimistic updates for mutations (TanStack Query's "updates via the cache" recipe): cancel the
 * query, snapshot its data, write the expected result; roll back to the snapshot on failure.
 * Every optimistic write in the console goes through these two functions.
 */
import type { DataTag, QueryClient, QueryKey } from '@tanstack/react-query';

/** What an optimistic update saw before writing, to roll back to. */
export interface Snapshot<T> {
  key: DataTag<QueryKey, T, unknown>;
  previous: T | undefined;
}

/** Cancels `key`'s fetches and replaces its cached data (if any) with `update(previous)`. */
export async function applyOptimistic<T>(
  qc: QueryClient,
  key: DataTag<QueryKey, T, unknown>,
  update: (previous: T) => T,
): Promise<Snapshot<T>> {
  await qc.cancelQueries({ queryKey: key });
  const previous = qc.getQueryData(key);
  if (previous !== undefined) qc.setQueryData(key, update(previous));
  return { key, previous };
}

/** Restores the data a snapshot saw; a no-op without one (the mutation failed before onMutate). */
export function rollbackOptimistic<T>(qc: QueryClient, snapshot: Snapshot<T> | undefined): void {
  if (snapshot?.previous !== undefined) qc.setQueryData(snapshot.key, snapshot.previous);
}
