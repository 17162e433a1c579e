/**
 * @module
 * What a `db.apply` dry run found (issue 17 item 2): the registry's refusal as the stand-in
 * would answer it (with each place the database model refuses the result), a stopped or failed
 * run, or the changes it would make with the guard that will be sent.
 */
import type { ReactNode } from 'react';
import type { ApplyGuard } from '../../../../core/jq/apply-guard.ts';
import type { ModelIssue } from '../../../../core/jq/apply-outcome.ts';
import { pathPointer } from '../../../../core/json/json-diff.ts';
import { useT } from '../../../i18n/i18n.ts';
import { DRY_RUN_TIMEOUT_MS, type DryRunAnswer } from '../../../../worker/jq-client.ts';
import { ChangeTable } from './change-table.tsx';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

function Alert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      {children}
    </div>
  );
}

function IssueList({ issues }: { issues: readonly ModelIssue[] }) {
  const t = useT();
  return (
    <>
      <p>{t('dbApply.modelIssues')}</p>
      <ul className="list-disc ps-5 font-mono text-xs">
        {issues.map((issue) => {
          const pointer = pathPointer(issue.path) || t('db.root');
          return (
            <li key={pointer} className="break-all">
              {issue.missing ? t('dbApply.issueMissing', { pointer }) : t('dbApply.issueType', { pointer, expected: issue.expected ?? '?', received: issue.received })}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function GuardNote({ guard }: { guard: ApplyGuard }) {
  const t = useT();
  return (
    <p className={muted}>
      {guard.collapsedTo === null
        ? t('dbApply.guardEach', { count: guard.checks.length })
        : t('dbApply.guardCollapsed', { count: guard.checks.length, depth: guard.collapsedTo })}
    </p>
  );
}

/** The dry run's findings; `revision` is the dump's. */
export function DryRunResult({ answer, revision }: { answer: DryRunAnswer; revision: number }) {
  const t = useT();
  switch (answer.kind) {
    case 'timeout':
      return <Alert>{t('dbApply.timeout', { seconds: DRY_RUN_TIMEOUT_MS / 1000 })}</Alert>;
    case 'cancelled':
      return <p role="status" className={muted}>{t('dbApply.cancelled')}</p>;
    case 'engine-failed':
      return <Alert>{t('dbApply.engineFailed', { message: answer.message })}</Alert>;
    case 'refused':
      return (
        <Alert>
          <p className="font-medium">{t('dbApply.refused', { code: answer.error.code })}</p>
          <p className="whitespace-pre-wrap break-words font-mono text-xs">{answer.error.details}</p>
          {answer.outcome.kind === 'model-mismatch' && <IssueList issues={answer.outcome.issues} />}
        </Alert>
      );
    case 'accepted': {
      const count = (op: string) => answer.changes.filter((c) => c.op === op).length;
      return (
        <div className="flex flex-col gap-3">
          <p role="status" className="text-sm font-medium">
            {answer.changes.length === 0
              ? t('dbApply.nothing', { id: revision })
              : t('dbApply.summary', { count: answer.changes.length, id: revision, added: count('add'), removed: count('remove'), changed: count('replace') })}
          </p>
          {answer.changes.length > 0 && <ChangeTable changes={answer.changes} />}
          {answer.modelChanges.length > 0 && (
            <p className={muted}>
              {t('dbApply.modelDrops', { count: answer.modelChanges.length, pointers: answer.modelChanges.slice(0, 10).map((c) => pathPointer(c.path)).join(', ') })}
            </p>
          )}
          {answer.changes.length > 0 && <GuardNote guard={answer.guard} />}
        </div>
      );
    }
  }
}
