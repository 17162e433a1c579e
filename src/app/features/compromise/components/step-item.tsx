/**
 * @module
 * One item of a response step: what it is, the user's choice where the step has one (revoke
 * this admin; keep this variant), why it cannot run, its latest result and a retry.
 */
import type { ResponseStep } from '../../../../core/registry/key-response.ts';
import { Button } from '../../../components/ui.tsx';
import { describeError } from '../../../lib/error-messages.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useT } from '../../../i18n/i18n.ts';
import { setChoice, type ItemState } from '../api/response-store.ts';
import { itemLabel } from '../lib/labels.ts';
import type { StepRow } from '../lib/step-rows.ts';

/** The step's per-item choice: revoke admin is opt-in, keeping a variant is opt-in. */
const CHOICE: Partial<Record<ResponseStep, 'revoke' | 'keep'>> = { 'revoke-admin': 'revoke', 'remove-variant': 'keep' };

function Status({ state }: { state: ItemState | undefined }) {
  const t = useT();
  if (!state) return null;
  if (state.status === 'running') return <span role="status">{t('compromise.status.running')}</span>;
  if (state.status === 'failed') {
    const d = describeError(state.error, t);
    return (
      <span className="text-red-800 dark:text-red-300">
        ✗ {t('compromise.status.failed', { at: formatDateTime(state.at) })} — {d.title}
        {d.details && <span className="block break-words font-mono text-xs">{t('bulk.detailsWithCode', { details: d.details, code: d.code })}</span>}
      </span>
    );
  }
  const key = state.status === 'kept' ? 'compromise.status.kept' : 'compromise.status.done';
  return <span className="text-emerald-800 dark:text-emerald-300">✓ {t(key, { at: formatDateTime(state.at) })}</span>;
}

export function StepItem({ row, state, chosen, busy, onRetry }: { row: StepRow; state: ItemState | undefined; chosen: boolean; busy: boolean; onRetry: () => void }) {
  const t = useT();
  const choice = CHOICE[row.item.step];
  const label = itemLabel(row.item, t);
  const finished = state?.status === 'done' || state?.status === 'kept';
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-200 px-2 py-1.5 text-sm dark:border-slate-800" data-testid={`item-${row.item.step}`}>
      <span className="break-words font-medium">{label}</span>
      {choice && row.blocked === null && !finished && (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={chosen} onChange={(e) => setChoice(choice, row.item.key, e.target.checked)} />
          {t(choice === 'revoke' ? 'compromise.choice.revoke' : 'compromise.choice.keep', { item: label })}
        </label>
      )}
      {row.blocked && <span className="text-amber-800 dark:text-amber-300">{row.blocked}</span>}
      {row.warning && !finished && <span className="text-amber-800 dark:text-amber-300">{row.warning}</span>}
      <Status state={state} />
      {state?.status === 'failed' && row.blocked === null && (
        <Button className="self-start" disabled={busy} onClick={onRetry}>
          {t('compromise.retryItem', { item: label })}
        </Button>
      )}
    </li>
  );
}
