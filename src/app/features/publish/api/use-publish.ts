/**
 * @module
 * React access to the current registry's publish controller (publish-controller.ts): the page
 * attaches the registry's client, query client and the key's authority, and each part of the
 * page subscribes to what it shows — the row ids, one row with its report, the batch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import { authorityOf } from '../../../lib/publishing/preflight-reports.ts';
import { usePackageIndex, useRole } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useBucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { publishControllerFor, type PublishController } from './publish-controller.ts';

/** The current registry's controller, attached to what the page knows of the registry. */
export function usePublishController() {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  const index = usePackageIndex();
  const role = useRole();
  const authority = useMemo(() => authorityOf(role.data), [role.data]);
  const controller = publishControllerFor(scope.url);
  // a layout effect, so the first paint already shows reports computed with this authority
  useLayoutEffect(() => controller.attach({ scope, qc, authority }), [controller, scope, qc, authority]);
  return { controller, index, role, authority };
}

export function useRowIds(c: PublishController): readonly number[] {
  return useSyncExternalStore(c.subscribe, c.rowIds, c.rowIds);
}

/** One row and its pre-flight report; re-renders only when either changes. */
export function usePublishRow(c: PublishController, id: number) {
  const row = useSyncExternalStore(c.subscribe, () => c.queue.get(id));
  const report = useSyncExternalStore(c.subscribe, () => c.reports().get(id));
  return { row, report };
}

/** The batch: whether one runs, and how many rows "Publish all" would send now. */
export function useBatch(c: PublishController) {
  const bucket = useBucketSession();
  const running = useSyncExternalStore(c.subscribe, () => c.running);
  const ready = useSyncExternalStore(c.subscribe, () => c.readyCount(bucket));
  return { running, ready };
}
