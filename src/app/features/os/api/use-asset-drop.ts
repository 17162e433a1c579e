/**
 * @module
 * React access to the registry's image queue (lib/asset-queue.ts): the rows dropped on one
 * release, one row, and the actions on rows — drop (type from the extension, platform guessed
 * from the name, hashed at once), platform and hosting choices, cancel, retry, add.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { guessOsPlatform, osAssetTypeOf } from '../../../../core/registry/os-asset-file.ts';
import { useQueryClient } from '@tanstack/react-query';
import { currentBucket } from '../../../lib/publishing/bucket-settings.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { assetQueueFor, type AssetRow } from '../lib/asset-queue.ts';
import { addRow, hashRow } from './asset-steps.ts';

/** Ids of the rows dropped on `version` (a stable string, so renders compare cheaply). */
export function useDroppedIds(version: string): number[] {
  const queue = assetQueueFor(useRegistryScope().url);
  const ids = useSyncExternalStore(queue.store.subscribe, () =>
    queue.rows
      .filter((r) => r.version === version)
      .map((r) => r.id)
      .join(','),
  );
  return ids === '' ? [] : ids.split(',').map(Number);
}

export function useDroppedRow(id: number): AssetRow | undefined {
  const queue = assetQueueFor(useRegistryScope().url);
  return useSyncExternalStore(queue.store.subscribe, () => queue.get(id));
}

export function useAssetDrop(version: string, bucketStored: boolean) {
  const queue = assetQueueFor(useRegistryScope().url);
  /** Queues each image file and starts hashing it; returns the names that are not images. */
  const drop = useCallback(
    (files: File[]): string[] => {
      const refused: string[] = [];
      for (const file of files) {
        const type = osAssetTypeOf(file.name);
        if (!type) {
          refused.push(file.name);
          continue;
        }
        const row = queue.add({ version, file, type, platform: guessOsPlatform(file.name) ?? '', hosting: bucketStored ? 'bucket' : 'urls' });
        void hashRow(queue, row.id);
      }
      return refused;
    },
    [queue, version, bucketStored],
  );
  return { drop };
}

export function useRowActions(id: number) {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  const queue = assetQueueFor(scope.url);
  return {
    setPlatform: (platform: string) => queue.update(id, { platform }),
    setHosting: (hosting: AssetRow['hosting']) => queue.update(id, { hosting }),
    setUrls: (urlsText: string) => queue.update(id, { urlsText, urlChecks: {} }),
    cancelHash: () => queue.abort(id, 'hash'),
    hashAgain: () => void hashRow(queue, id),
    cancelHosting: () => {
      queue.abort(id, 'upload');
      queue.abort(id, 'urls');
    },
    remove: () => queue.remove(id),
    add: async () => {
      const ok = await addRow({ client: scope.client, signCommitment: scope.signCommitment, bucket: currentBucket() }, queue, id);
      if (ok) await invalidateRegistry(qc, scope.url, 'os');
      return ok;
    },
  };
}
