/**
 * @module
 * Retention's removal: one `package.remove` with `version` per selected version (spec
 * registry-api.md §4.3; the registry has no batch call), each recorded in the local history,
 * with a result per version; a retry runs the failed ones again and keeps the whole list. The
 * registry's package reads are refreshed once the run ends.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { retryFailed, runBulk, type ItemResult } from '../../../lib/bulk-run.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { removeAndRecord } from '../../../lib/package-removal.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import type { RetentionItem } from '../../../../core/registry/retention.ts';

export type RemoveVersionsInput = ({ items: RetentionItem[] } | { retry: ItemResult<RetentionItem>[] }) & {
  onProgress?: (done: number, total: number) => void;
};

export function useRemoveVersions() {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RemoveVersionsInput): Promise<ItemResult<RetentionItem>[]> => {
      const remove = (item: RetentionItem) => removeAndRecord(scope, qc, { id: item.id, version: item.version });
      const opts = { onProgress: input.onProgress };
      return 'retry' in input ? retryFailed(input.retry, remove, opts) : runBulk(input.items, remove, opts);
    },
    onSettled: () => invalidateRegistry(qc, scope.url, 'packages'),
  });
}
