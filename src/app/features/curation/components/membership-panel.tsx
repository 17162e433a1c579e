/**
 * @module
 * Bulk assign / unassign packages to one category: pick packages, then one call per package
 * whose membership changes; per-item results, and a retry of the failures.
 */
import { useReducer, useState } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { useRunMembership } from '../api/run-membership.ts';
import { bulkMessage, type BulkVerb } from '../../../lib/bulk-run.ts';
import { describeOp, planMembership, type MembershipOp } from '../lib/category-cleanup.ts';
import { packageRows } from '../lib/package-list.ts';
import { EMPTY_SELECTION, selectionReducer } from '../lib/selection.ts';
import { ActionError } from './action-error.tsx';
import { BulkResults } from '../../../components/bulk-results.tsx';
import { describerFor } from '../lib/curation-errors.ts';
import { PackagePicker } from './package-picker.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function MembershipPanel({ category, index }: { category: string; index: PackageIndex }) {
  const [selection, dispatch] = useReducer(selectionReducer, EMPTY_SELECTION);
  const [progress, setProgress] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = useRunMembership();
  const t = useT();
  const rows = packageRows(index, category).map((r) => ({ ...r, badge: r.inCategory ? t('membership.inCategory') : undefined }));

  const start = (ops: MembershipOp[], what: BulkVerb) => {
    setProgress(t('membership.progress', { done: 0, total: ops.length }));
    run.mutate(
      { ops, onProgress: (done, total) => setProgress(t('membership.progress', { done, total })) },
      {
        onSuccess: (results) => announce(bulkMessage(results, what)),
        onSettled: () => setProgress(null),
      },
    );
  };
  const apply = (kind: 'add' | 'remove') => {
    const plan = planMembership(index, category, selection.selected, kind);
    const skipped = plan.unchanged.length ? t(kind === 'add' ? 'membership.skippedIn' : 'membership.skippedNotIn', { count: plan.unchanged.length, category }) : null;
    setNote(skipped);
    if (plan.ops.length === 0) {
      announce(`${t('membership.nothing')} ${skipped ?? ''}`);
      return;
    }
    start(plan.ops, kind === 'add' ? 'assigned' : 'unassigned');
  };
  const n = selection.selected.size;

  return (
    <div className="flex flex-col gap-3">
      <PackagePicker rows={rows} selection={selection} dispatch={dispatch} label={t('membership.choose')} />
      <div className="flex flex-wrap gap-2">
        <Button tone="primary" disabled={n === 0 || run.isPending} onClick={() => apply('add')}>
          {t('membership.add', { count: n, category })}
        </Button>
        <Button disabled={n === 0 || run.isPending} onClick={() => apply('remove')}>
          {t('membership.remove', { count: n, category })}
        </Button>
      </div>
      {progress && <p role="status" className="text-sm">{t('membership.working', { progress })}</p>}
      {note && <p className="text-sm text-slate-600 dark:text-slate-400">{note}</p>}
      <ActionError action="category.membership" error={run.error} />
      {run.data && (
        <BulkResults
          results={run.data}
          describe={describerFor('category.membership')}
          labelOf={describeOp}
          what={run.variables?.ops[0]?.kind === 'remove' ? 'unassigned' : 'assigned'}
          onRetry={(failed) => start(failed, failed[0]?.kind === 'remove' ? 'unassigned' : 'assigned')}
          retrying={run.isPending}
        />
      )}
    </div>
  );
}
