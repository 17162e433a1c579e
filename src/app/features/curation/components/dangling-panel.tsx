/**
 * @module
 * Category ids that packages carry but no category defines (left by a deletion made elsewhere,
 * or added before the category existed). Offers to remove them: one call per package and id.
 */
import { announce } from '../../../components/live-region.tsx';
import { Button, Panel } from '../../../components/ui.tsx';
import { useRunMembership } from '../api/run-membership.ts';
import { bulkMessage } from '../../../lib/bulk-run.ts';
import { describeOp, planDanglingCleanup, type DanglingCategory, type MembershipOp } from '../lib/category-cleanup.ts';
import { ActionError } from './action-error.tsx';
import { BulkResults } from '../../../components/bulk-results.tsx';
import { describerFor } from '../lib/curation-errors.ts';
import { useT } from '../../../i18n/i18n.ts';

export function DanglingPanel({ dangling }: { dangling: DanglingCategory[] }) {
  const run = useRunMembership();
  const t = useT();
  const start = (ops: MembershipOp[]) => run.mutate({ ops }, { onSuccess: (r) => announce(bulkMessage(r, 'cleaned')) });
  if (dangling.length === 0 && !run.data) return null;
  const all = planDanglingCleanup(dangling);
  return (
    <Panel
      title={t('dangling.title')}
      actions={
        dangling.length > 1 && (
          <Button tone="primary" onClick={() => start(all)} disabled={run.isPending}>
            {t('dangling.cleanAll', { count: all.length })}
          </Button>
        )
      }
    >
      {dangling.length > 0 && (
        <>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t('dangling.about')}</p>
          <ul className="flex flex-col gap-2">
            {dangling.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-2 text-sm">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{d.id}</code>
                <span className="flex-1">{t('dangling.on', { list: d.packages.join(', ') })}</span>
                <Button onClick={() => start(planDanglingCleanup([d]))} disabled={run.isPending} aria-label={t('dangling.removeNamed', { id: d.id, count: d.packages.length })}>
                  {t('dangling.remove', { count: d.packages.length })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionError action="category.membership" error={run.error} />
      {run.data && <BulkResults results={run.data} describe={describerFor('category.membership')} labelOf={describeOp} what="cleaned" onRetry={start} retrying={run.isPending} />}
    </Panel>
  );
}
