/**
 * @module
 * `db.apply` only behind a dry run (issue 17 item 2), on the database page, for admins: the jq
 * expression, its dry run on a fresh `db.dump` in the browser with the stand-in's engine
 * (cancellable, time-limited), the findings, and only then the guarded write.
 */
import { useId, useState } from 'react';
import { Button, fieldClass, Panel, Spinner } from '../../../components/ui.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useDryRun } from '../lib/use-dry-run.ts';
import { ApplySection } from './apply-section.tsx';
import { DryRunResult } from './dry-run-result.tsx';

export function DbApplyPanel() {
  const t = useT();
  const id = useId();
  const [expr, setExpr] = useState('');
  const dry = useDryRun();
  const { state } = dry;
  const running = state.phase === 'running';
  const rerun = () => void dry.run(state.phase === 'idle' ? expr : state.expr);
  return (
    <Panel title={t('dbApply.title')}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('dbApply.about')}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('dbApply.jaqNote')}</p>
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (expr.trim() !== '' && !running) void dry.run(expr);
          }}
        >
          <label htmlFor={id} className="text-sm font-medium">
            {t('dbApply.expression')}
          </label>
          <textarea
            id={id}
            value={expr}
            rows={3}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => {
              setExpr(e.target.value);
              if (state.phase !== 'running') dry.reset();
            }}
            className={`${fieldClass} font-mono`}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" tone="primary" disabled={running || expr.trim() === ''}>
              {t('dbApply.dryRun')}
            </Button>
            {running && <Button onClick={dry.cancel}>{t('common.cancel')}</Button>}
          </div>
        </form>
        {state.phase === 'running' && <Spinner label={t('dbApply.running')} />}
        {state.phase === 'failed' && <ErrorView error={state.error} onRetry={rerun} />}
        {state.phase === 'done' && (
          <>
            <DryRunResult answer={state.answer} revision={state.dump.id} />
            {state.answer.kind === 'accepted' && state.answer.changes.length > 0 && (
              <ApplySection
                key={state.seq}
                input={{ revision: state.dump.id, guard: state.answer.guard }}
                changeCount={state.answer.changes.length}
                onDryRunAgain={rerun}
              />
            )}
          </>
        )}
      </div>
    </Panel>
  );
}
