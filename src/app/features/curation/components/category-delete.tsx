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
import { BulkResults } from './bulk-results.tsx';

export function CategoryDelete({ id, index, onClose }: { id: string; index: PackageIndex; onClose: () => void }) {
  const del = useDeleteCategory();
  const [progress, setProgress] = useState<string | null>(null);
  const plan = planCategoryDeletion(index, id);
  const n = plan.cleanup.length;
  const done = del.data?.removed === true;

  const run = () => {
    setProgress(n ? `0 of ${n} packages cleaned` : 'Deleting');
    del.mutate(
      { plan, onProgress: (d, t) => setProgress(`${d} of ${t} packages cleaned`) },
      {
        onSuccess: (r) => {
          if (r.removed) announce(`Category "${id}" deleted${n ? ` and removed from ${n} package${n === 1 ? '' : 's'}` : ''}.`);
          else announce(`Category "${id}" kept: some packages could not be cleaned.`);
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  if (done) {
    return (
      <div className="flex flex-col gap-3 text-sm">
        <p className="font-medium text-emerald-800 dark:text-emerald-300">Category &quot;{id}&quot; deleted.</p>
        {del.data && del.data.cleanup.length > 0 && <BulkResults results={del.data.cleanup} action="category.delete" labelOf={describeOp} what="cleaned" />}
        <Button className="self-start" onClick={onClose}>
          Close
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 text-sm">
      {n === 0 ? (
        <p>No package carries &quot;{id}&quot;; deleting it changes no package.</p>
      ) : (
        <>
          <p>
            <strong>
              {n} package{n === 1 ? '' : 's'}
            </strong>{' '}
            carr{n === 1 ? 'ies' : 'y'} &quot;{id}&quot;: {plan.cleanup.map((op) => op.package).join(', ')}.
          </p>
          <p className="text-slate-600 dark:text-slate-400">
            The registry would delete the category but leave its id on these packages. The console first removes the id from each of them ({n} call
            {n === 1 ? '' : 's'}), then deletes the category — and keeps the category if any of those calls fails.
          </p>
        </>
      )}
      {progress && <p role="status">{progress}…</p>}
      <ActionError action="category.delete" error={del.error} />
      {del.data && !del.data.removed && (
        <BulkResults results={del.data.cleanup} action="category.delete" labelOf={describeOp} what="cleaned" />
      )}
      <div className="flex flex-wrap gap-2">
        <Button tone="danger" onClick={run} disabled={del.isPending}>
          {del.data && !del.data.removed ? 'Try again' : n ? `Delete "${id}" and clean ${n} package${n === 1 ? '' : 's'}` : `Delete "${id}"`}
        </Button>
        <Button onClick={onClose} disabled={del.isPending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
