/**
 * @module
 * Computes the channel board (core/registry/channel-board.ts) on the main thread in slices of
 * a few milliseconds, yielding between them, so 3 registries × 1000 packages never block the
 * page (no long task) and nothing is copied to a worker. Reports the time spent computing,
 * and leaves a `channel-board` performance measure (start to end, pauses included) for tools.
 */
import { boardPackageIds, boardRowsOf, type BoardRow } from '../../../../core/registry/channel-board.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';

export interface ComputedBoard {
  rows: BoardRow[];
  /** Milliseconds spent computing (the slices, not the pauses between them). */
  computeMs: number;
  /** The longest slice, in milliseconds. */
  longestSliceMs: number;
}

const SLICE_MS = 8;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function computeBoardInSlices(indexes: readonly PackageIndex[], signal?: AbortSignal): Promise<ComputedBoard> {
  const rows: BoardRow[] = [];
  let computeMs = 0;
  let longestSliceMs = 0;
  let start = performance.now();
  const first = start;
  const ids = boardPackageIds(indexes);
  for (const id of ids) {
    rows.push(...boardRowsOf(indexes, id));
    const now = performance.now();
    if (now - start >= SLICE_MS) {
      computeMs += now - start;
      longestSliceMs = Math.max(longestSliceMs, now - start);
      await pause();
      signal?.throwIfAborted();
      start = performance.now();
    }
  }
  const last = performance.now() - start;
  performance.measure('channel-board', { start: first, end: performance.now() });
  return { rows, computeMs: computeMs + last, longestSliceMs: Math.max(longestSliceMs, last) };
}
