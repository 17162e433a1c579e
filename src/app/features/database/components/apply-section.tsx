/**
 * @module
 * The write after a `db.apply` dry run (issue 17 item 2): a typed confirmation naming the number
 * of changed paths, then the guarded expression, signed by the acting key (api/apply-db.ts);
 * and what came of it — applied, not sent because the revision moved, or refused because the
 * database changed since the dry run at the named paths — with a new dry run on offer.
 */
import type { GuardCheck } from '../../../../core/jq/apply-guard.ts';
import { pathPointer } from '../../../../core/json/json-diff.ts';
import { ActingKey } from '../../../components/acting-key.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { Button } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useApplyDb, type ApplyDbInput } from '../api/apply-db.ts';

/** The pointers a set of failed checks names (a check on a key's presence names the key). */
const pointersOf = (failed: readonly GuardCheck[]) => [...new Set(failed.map((c) => pathPointer(c.path)))];

export function ApplySection({ input, changeCount, onDryRunAgain }: { input: ApplyDbInput; changeCount: number; onDryRunAgain: () => void }) {
  const t = useT();
  const apply = useApplyDb();
  const result = apply.data;
  if (result) {
    const again = (
      <Button className="self-start" onClick={onDryRunAgain}>
        {t('dbApply.again')}
      </Button>
    );
    if (result.kind === 'applied') {
      return (
        <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
          {t('dbApply.applied', { count: changeCount, from: input.revision })}
        </p>
      );
    }
    return (
      <div role="alert" className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
        {result.kind === 'moved' ? (
          <p>{t('dbApply.moved', { from: result.from, to: result.to })}</p>
        ) : (
          <>
            <p>{t('dbApply.changedSince', { count: pointersOf(result.failed).length })}</p>
            <ul className="list-disc ps-5 font-mono text-xs">
              {pointersOf(result.failed).map((p) => (
                <li key={p} className="break-all">
                  {p || t('db.root')}
                </li>
              ))}
            </ul>
          </>
        )}
        {again}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <ActingKey />
      <ConfirmAction
        label={t('dbApply.apply', { count: changeCount })}
        confirmLabel={t('dbApply.applyConfirm')}
        typed={t('dbApply.typed', { count: changeCount })}
        pending={apply.isPending}
        error={apply.error}
        onConfirm={() => apply.mutate(input)}
      >
        <p>{t('dbApply.confirmImpact', { count: changeCount, id: input.revision })}</p>
      </ConfirmAction>
    </div>
  );
}
