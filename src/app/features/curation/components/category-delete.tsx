/**
 * @module
 * Delete a category and clean its id from every package (the registry alone leaves the id on
 * them): the count and the packages first, then one call per package and the removal; the
 * category is kept if any clean-up call fails, so nothing is left dangling.
 */
import { useState } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { useDeleteCategory } from '../api/delete-category.ts';
import { describeOp, planCategoryDeletion } from '../lib/category-cleanup.ts';
import { ActionError } from './action-error.tsx';
import { BulkResults } from '../../../components/bulk-results.tsx';
import { describerFor } from '../lib/curation-errors.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function CategoryDelete({ id, index, onClose }: { id: string; index: PackageIndex; onClose: () => void }) {
  const del = useDeleteCategory();
  const [progress, setProgress] = useState<string | null>(null);
  const plan = planCategoryDeletion(index, id);
  const n = plan.cleanup.length;
  const done = del.data?.removed === true;
  const t = useT();

  const run = () => {
    setProgress(n ? t('category.cleanProgress', { done: 0, total: n }) : t('category.deleting'));
    del.mutate(
      { plan, onProgress: (done, total) => setProgress(t('category.cleanProgress', { done, total })) },
      {
        onSuccess: (r) => {
          if (r.removed) announce(t('category.deletedAnnounce', { id, count: n }));
          else announce(t('category.keptAnnounce', { id }));
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  if (done) {
    return (
      <div className="flex flex-col gap-3 text-sm">
        <p className="font-medium text-emerald-800 dark:text-emerald-300">{t('category.deleted', { id })}</p>
        {del.data && del.data.cleanup.length > 0 && <BulkResults results={del.data.cleanup} describe={describerFor('category.delete')} labelOf={describeOp} what="cleaned" />}
        <Button className="self-start" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 text-sm">
      {n === 0 ? (
        <p>{t('category.deleteNoPackages', { id })}</p>
      ) : (
        <>
          <p>
            <Trans k="category.deleteCarriers" values={{ count: n, id, list: plan.cleanup.map((op) => op.package).join(', '), strong: (c) => <strong>{c}</strong> }} />
          </p>
          <p className="text-slate-600 dark:text-slate-400">{t('category.deleteExplain', { count: n })}</p>
        </>
      )}
      {progress && <p role="status">{progress}…</p>}
      <ActionError action="category.delete" error={del.error} />
      {del.data && !del.data.removed && (
        <BulkResults results={del.data.cleanup} describe={describerFor('category.delete')} labelOf={describeOp} what="cleaned" />
      )}
      <div className="flex flex-wrap gap-2">
        <Button tone="danger" onClick={run} disabled={del.isPending}>
          {del.data && !del.data.removed ? t('error.tryAgain') : n ? t('category.deleteAndClean', { id, count: n }) : t('category.deleteOnly', { id })}
        </Button>
        <Button onClick={onClose} disabled={del.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
