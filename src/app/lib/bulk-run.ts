/**
 * @module
 * Runs one registry call per item with a small concurrency limit and collects a result per item
 * instead of stopping at the first failure (the registry has no batch call; each write is atomic
 * on its own, spec/registry-api.md §4.0). Pure apart from the calls it is given.
 */
import { NOT_STARTED, runLimited } from '../../core/concurrency/limit.ts';
import { translate } from '../i18n/i18n.ts';

export type ItemResult<T> = { item: T; ok: true } | { item: T; ok: false; error: unknown };

export interface BulkOptions {
  /** Calls in flight at once (default 4). */
  concurrency?: number;
  /** Stops starting new calls; items not started are reported as failed with `cancelled`. */
  signal?: AbortSignal;
  /** Called after each item settles, with the count done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Marks an item that was never started because the run was cancelled. */
export const CANCELLED = NOT_STARTED;

/**
 * Calls `run` for every item; never rejects. Results come back in input order.
 * @example
 * const results = await runBulk(ops, (op) => client.api.package.category.removePackage(op));
 * const { failed } = summarizeBulk(results);
 */
export async function runBulk<T>(items: readonly T[], run: (item: T) => Promise<unknown>, opts: BulkOptions = {}): Promise<ItemResult<T>[]> {
  const { outcomes } = await runLimited(items, run, {
    concurrency: opts.concurrency ?? 4,
    signal: opts.signal,
    onSettled: (_outcome, _index, done) => opts.onProgress?.(done, items.length),
  });
  return outcomes;
}

/**
 * Runs `run` again for the failed items only and answers the whole list, each retried item's
 * new result in its old place: the list a results view shows stays complete after a retry.
 */
export async function retryFailed<T>(results: readonly ItemResult<T>[], run: (item: T) => Promise<unknown>, opts: BulkOptions = {}): Promise<ItemResult<T>[]> {
  const at = results.flatMap((r, i) => (r.ok ? [] : [i]));
  const again = await runBulk(at.map((i) => results[i]!.item), run, opts);
  const merged = [...results];
  at.forEach((i, k) => (merged[i] = again[k]!));
  return merged;
}

export interface BulkSummary<T> {
  succeeded: T[];
  failed: { item: T; error: unknown }[];
  /** "3 of 4 succeeded" style counts. */
  total: number;
}

export function summarizeBulk<T>(results: readonly ItemResult<T>[]): BulkSummary<T> {
  const succeeded: T[] = [];
  const failed: { item: T; error: unknown }[] = [];
  for (const r of results) {
    if (r.ok) succeeded.push(r.item);
    else failed.push({ item: r.item, error: r.error });
  }
  return { succeeded, failed, total: results.length };
}

/** What a success is called in a bulk summary. */
export type BulkVerb = 'done' | 'cleaned' | 'assigned' | 'unassigned' | 'removed';

/** A one-line outcome for the live region, in the active language: "All 3 done.", "2 of 3 done; 1 failed." */
export function bulkMessage(results: readonly ItemResult<unknown>[], verb: BulkVerb = 'done'): string {
  const { succeeded, failed, total } = summarizeBulk(results);
  if (total === 0) return translate('bulk.nothing');
  if (failed.length === 0) return translate('bulk.all', { total, verb });
  return translate('bulk.partial', { succeeded: succeeded.length, total, verb, failed: failed.length });
}
