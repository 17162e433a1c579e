/**
 * @module
 * Runs many mirror checks (mirror-check.ts), `concurrency` at a time, reporting each result as
 * it lands; the caller's signal stops the run: checks in flight are aborted, none is started,
 * and the run settles only after every lane has, so no result arrives after it returns.
 */
import { isCoreError } from '../errors.ts';
import type { MirrorResult } from './mirror-check.ts';

export interface MirrorRunOptions<T> {
  items: readonly T[];
  concurrency: number;
  check: (item: T, signal: AbortSignal) => Promise<MirrorResult>;
  onResult: (item: T, result: MirrorResult) => void;
  signal?: AbortSignal;
}

/** Lanes allowed at once: browsers open about 6 connections per host anyway. */
export const MAX_MIRROR_CONCURRENCY = 16;

/** Resolves `'done'` after every item, or `'cancelled'` once the signal aborted the rest. */
export async function runMirrorChecks<T>({ items, concurrency, check, onResult, signal }: MirrorRunOptions<T>): Promise<'done' | 'cancelled'> {
  const inner = new AbortController();
  const stop = () => inner.abort();
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  let next = 0;
  const lane = async () => {
    while (!inner.signal.aborted && next < items.length) {
      const item = items[next++]!;
      try {
        const result = await check(item, inner.signal);
        if (!inner.signal.aborted) onResult(item, result);
      } catch (e) {
        if (isCoreError(e) && e.code === 'ABORTED') return;
        stop();
        throw e;
      }
    }
  };
  const lanes = Math.max(1, Math.min(MAX_MIRROR_CONCURRENCY, Math.floor(concurrency), items.length));
  try {
    const settled = await Promise.allSettled(Array.from({ length: lanes }, lane));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return inner.signal.aborted ? 'cancelled' : 'done';
}
