/**
 * @module
 * One step of the key-compromise response: its items grouped by registry, each group with the
 * key that signs there ("Signs as …"), one button that runs every item still to do (each signed
 * by its own registry's acting key), per-item results and a retry of the failures. One run at a
 * time on the page: while it runs its items are aria-busy, a polite status says what runs, and
 * every button that starts a run waits.
 */
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponseStep as Step } from '../../../../core/registry/key-response.ts';
import { ActingKey } from '../../../components/acting-key.tsx';
import { Button, EmptyNote, focusRing, Panel } from '../../../components/ui.tsx';
import { RegistryScopeProvider } from '../../../lib/registry-scope.tsx';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';
import { responseStore, setRunning, useResponse, type ResponseState } from '../api/response-store.ts';
import { keepItems, runResponse } from '../api/run-response.ts';
import { itemLabel, STEP_TITLE } from '../lib/labels.ts';
import type { StepRow } from '../lib/step-rows.ts';
import { StepItem } from './step-item.tsx';

const INTRO: Record<Step, MessageKey> = {
  'remove-key': 'compromise.step.removeKeyIntro',
  'revoke-admin': 'compromise.step.revokeAdminIntro',
  'remove-variant': 'compromise.step.removeVariantsIntro',
};
const RUN: Record<Step, MessageKey> = {
  'remove-key': 'compromise.run.removeKey',
  'revoke-admin': 'compromise.run.revokeAdmin',
  'remove-variant': 'compromise.run.removeVariants',
};
/** What a running step is doing, for its live status. */
const RUNNING: Record<Step, MessageKey> = {
  'remove-key': 'compromise.running.removeKey',
  'revoke-admin': 'compromise.running.revokeAdmin',
  'remove-variant': 'compromise.running.removeVariants',
};

const settled = (s: ResponseState, key: string) => ['done', 'kept'].includes(s.items[key]?.status ?? '');
/** Whether the step's choice for a row asks for its call. */
const wanted = (s: ResponseState, row: StepRow) => (row.item.step === 'revoke-admin' ? s.revoke[row.item.key] === true : s.keep[row.item.key] !== true);

export function ResponseStep({ step, number, rows }: { step: Step; number: number; rows: StepRow[] }) {
  const t = useT();
  const qc = useQueryClient();
  const state = useResponse();
  // one run at a time on the page: every step's run and retry buttons wait for it
  const busy = state.running !== null;
  const running = state.running?.step === step ? state.running : null;
  // the run disables the button that started it: its outcome takes the focus
  const [outcome, setOutcome] = useState<{ text: string; n: number } | null>(null);
  const outcome$ = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) outcome$.current?.focus();
  }, [outcome]);
  const open = rows.filter((r) => r.blocked === null && !settled(state, r.item.key));
  const todo = open.filter((r) => wanted(state, r));
  const failed = open.filter((r) => state.items[r.item.key]?.status === 'failed');

  const run = async (chosen: StepRow[]) => {
    const now = responseStore.get();
    if (now.running !== null) return;
    const keep = chosen.filter((r) => !wanted(now, r));
    keepItems(keep.map((r) => ({ item: r.item, registry: r.scope.url, label: itemLabel(r.item, t) })));
    const calls = chosen.filter((r) => wanted(now, r));
    // only kept variants: nothing is sent, nothing runs
    if (calls.length > 0) setRunning({ step, items: calls.length, registries: new Set(calls.map((r) => r.scope.url)).size });
    try {
      await runResponse(calls.map((r) => ({ item: r.item, scope: r.scope, label: itemLabel(r.item, t) })), qc);
    } finally {
      if (calls.length > 0) setRunning(null);
    }
    const after = responseStore.get();
    const bad = calls.filter((r) => after.items[r.item.key]?.status === 'failed').length;
    setOutcome((o) => ({ text: t('compromise.run.summary', { done: calls.length - bad, failed: bad, kept: keep.length }), n: (o?.n ?? 0) + 1 }));
  };

  const groups = [...new Set(rows.map((r) => r.scope.url))];
  const runnable = step === 'remove-variant' ? open : todo;
  return (
    <Panel title={t('compromise.step.numbered', { number, title: t(STEP_TITLE[step]) })}>
      <div className="flex flex-col gap-3" data-testid={`step-${step}`}>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t(INTRO[step])}</p>
        {/* the part the run changes is busy while it runs; the status below stays outside it, so it is read at once */}
        <div className="flex flex-col gap-3" data-testid={`step-${step}-work`} aria-busy={running ? true : undefined}>
          {rows.length === 0 ? (
            <EmptyNote>{t('compromise.step.nothing')}</EmptyNote>
          ) : (
            groups.map((url) => {
              const mine = rows.filter((r) => r.scope.url === url);
              return (
                <RegistryScopeProvider key={url} url={url}>
                  <div className="flex flex-col gap-1">
                    <h3 className="text-sm font-medium">{mine[0]!.registryLabel}</h3>
                    <ActingKey />
                    <ul className="flex flex-col gap-1">
                      {mine.map((r) => (
                        <StepItem key={r.item.key} row={r} state={state.items[r.item.key]} busy={busy}
                          chosen={r.item.step === 'revoke-admin' ? state.revoke[r.item.key] === true : state.keep[r.item.key] === true}
                          onRetry={() => void run([r])} />
                      ))}
                    </ul>
                  </div>
                </RegistryScopeProvider>
              );
            })
          )}
          {rows.length > 0 && (
            <div className="flex flex-wrap gap-2">
              <Button tone="primary" disabled={busy || runnable.length === 0} onClick={() => void run(runnable)}>
                {t(RUN[step], { count: step === 'remove-variant' ? todo.length : runnable.length, kept: open.length - todo.length })}
              </Button>
              {failed.length > 0 && (
                <Button disabled={busy} onClick={() => void run(failed)}>
                  {t('bulk.retryFailed', { count: failed.length })}
                </Button>
              )}
            </div>
          )}
        </div>
        {/* always present, so screen readers follow it; out of the layout while there is nothing to say */}
        <p role="status" className={running ? 'text-sm font-medium' : 'sr-only'}>
          {running && t(RUNNING[step], { count: running.items, registries: running.registries })}
        </p>
        {outcome && (
          <p ref={outcome$} tabIndex={-1} className={`text-sm font-medium ${focusRing}`}>
            {outcome.text}
          </p>
        )}
        {step === 'remove-variant' && rows.length > 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t('compromise.step.replaceNote')}</p>}
      </div>
    </Panel>
  );
}
