import { QueryClient, queryOptions } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyOptimistic, rollbackOptimistic } from './optimistic.ts';

const names = queryOptions({ queryKey: ['test', 'names'], queryFn: () => ['a'] });

describe('optimistic updates', () => {
  it('writes the expected data, then rolls back to the snapshot', async () => {
    const qc = new QueryClient();
    qc.setQueryData(names.queryKey, ['a']);
    const snapshot = await applyOptimistic(qc, names.queryKey, (previous) => [...previous, 'b']);
    expect(qc.getQueryData(names.queryKey)).toEqual(['a', 'b']);
    rollbackOptimistic(qc, snapshot);
    expect(qc.getQueryData(names.queryKey)).toEqual(['a']);
  });

  it('leaves an uncached query alone and rolls back to nothing', async () => {
    const qc = new QueryClient();
    const snapshot = await applyOptimistic(qc, names.queryKey, () => ['x']);
    expect(snapshot.previous).toBeUndefined();
    expect(qc.getQueryData(names.queryKey)).toBeUndefined();
    rollbackOptimistic(qc, snapshot);
    rollbackOptimistic(qc, undefined);
    expect(qc.getQueryData(names.queryKey)).toBeUndefined();
  });

  it('cancels a fetch in flight so it cannot overwrite the optimistic data', async () => {
    const qc = new QueryClient();
    qc.setQueryData(names.queryKey, ['a']);
    let release = () => {};
    const slow = qc.fetchQuery({
      ...names,
      staleTime: 0,
      queryFn: () => new Promise<string[]>((r) => (release = () => r(['stale']))),
    });
    await applyOptimistic(qc, names.queryKey, (previous) => [...previous, 'b']);
    release();
    await slow.catch(() => undefined);
    expect(qc.getQueryData(names.queryKey)).toEqual(['a', 'b']);
  });
});
