/**
 * @module
 * The channel line's data: each channel's `package.index` (the shared query layer, unsigned)
 * and the board computed from them in slices (lib/board-slices.ts), keyed by the line and
 * the time each index was fetched, so a refreshed index recomputes the board.
 */
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Channel } from '../../../lib/channel-line.ts';
import { anonymousScope, packageIndexOptions } from '../../../lib/registry-queries.ts';
import { computeBoardInSlices } from '../lib/board-slices.ts';

export function useChannelIndexes(line: readonly Channel[]) {
  const scopes = useMemo(() => line.map((c) => anonymousScope(c.url)), [line]);
  return useQueries({ queries: scopes.map((s) => packageIndexOptions(s)) });
}

export function useChannelBoard(line: readonly Channel[]) {
  const indexes = useChannelIndexes(line);
  const ready = indexes.every((q) => q.data !== undefined);
  const board = useQuery({
    queryKey: ['channel-board', line.map((c) => c.url), indexes.map((q) => q.dataUpdatedAt)],
    queryFn: ({ signal }) => computeBoardInSlices(indexes.map((q) => q.data!), signal),
    enabled: ready,
    staleTime: Infinity,
    gcTime: 0,
  });
  return { indexes, board };
}
