/**
 * @module
 * Retention (issue 17 item 5): pick old versions by rule (core/registry/retention.ts), see what
 * goes and which devices lose their newest offer, confirm by typing the count, then remove them
 * one `package.remove` per version with a result per version and a retry of the failures
 * (the list stays whole: each retried version's new result takes its place). The plan is worked
 * out in a worker (api/use-retention-plan.ts); the preview shows how far it got meanwhile.
 */
import { useState } from 'react';
import { BulkResults } from '../../../components/bulk-results.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { announce } from '../../../components/live-region.tsx';
import { Panel, Spinner } from '../../../components/ui.tsx';
import { bulkMessage } from '../../../lib/bulk-run.ts';
import { hasRules, type RetentionItem, type RetentionRules } from '../../../../core/registry/retention.ts';
import { useRemoveVersions, type RemoveVersionsInput } from '../api/remove-versions.ts';
import { useRetentionPlan } from '../api/use-retention-plan.ts';
import { describerFor } from '../lib/curation-errors.ts';
import { INITIAL_RETENTION_FORM, type RetentionForm } from '../lib/retention-form.ts';
import { RetentionPreview } from './retention-preview.tsx';
import { RetentionRulesForm } from './retention-rules.tsx';
import { useT } from '../../../i18n/i18n.ts';

const label = (i: RetentionItem) => `${i.id} ${i.version}`;

export function RetentionPage() {
  const [applied, setApplied] = useState<{ rules: RetentionRules; form: RetentionForm } | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const run = useRemoveVersions();
  const t = useT();
  const { index, plan: planning, progress: planned } = useRetentionPlan(applied?.rules ?? null);
  const plan = planning.data;

  const start = (input: RemoveVersionsInput) => {
    const total = 'items' in input ? input.items.length : input.retry.filter((r) => !r.ok).length;
    setProgress(t('retention.progress', { done: 0, total }));
    run.mutate(
      { ...input, onProgress: (done, all) => setProgress(t('retention.progress', { done, total: all })) },
      { onSuccess: (results) => announce(bulkMessage(results, 'removed')), onSettled: () => setProgress(null) },
    );
  };

  let body;
  if (index.isPending) body = <Spinner label={t('retention.loading')} />;
  else if (index.isError) body = <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  else if (applied === null) body = <p className="text-sm text-slate-600 dark:text-slate-400">{t('retention.noPreviewYet')}</p>;
  else if (!hasRules(applied.rules)) body = <p className="text-sm">{t('retention.noRules')}</p>;
  else if (planning.isError) body = <ErrorView error={planning.error} onRetry={() => void planning.refetch()} />;
  else if (plan === undefined) body = <Spinner label={t('retention.planning', planned ?? { done: 0, total: Object.keys(index.data.packages).length })} />;
  else {
    const n = plan.remove.length;
    body = (
      <div className="flex flex-col gap-4">
        <RetentionPreview plan={plan} />
        {n > 0 && (
          <div>
            <ConfirmAction
              key={n}
              label={t('retention.remove', { count: n })}
              confirmLabel={t('retention.removeConfirm', { count: n })}
              typed={t('retention.typed', { count: n })}
              pending={run.isPending}
              error={null}
              onConfirm={() => start({ items: plan.remove })}
            >
              <p>{t('retention.confirmAbout', { count: n })}</p>
            </ConfirmAction>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t('retention.title')}</h1>
      <p className="text-sm">{t('retention.about')}</p>
      <Panel title={t('retention.rules')}>
        <RetentionRulesForm initial={applied?.form ?? INITIAL_RETENTION_FORM} onApply={(rules, form) => setApplied({ rules, form })} />
      </Panel>
      <Panel title={t('retention.previewHeading')}>{body}</Panel>
      {progress && <p role="status" className="text-sm">{progress}</p>}
      {run.data && (
        <Panel title={t('retention.resultsHeading')}>
          <BulkResults
            results={run.data}
            describe={describerFor('version.remove')}
            labelOf={label}
            what="removed"
            onRetry={() => run.data && start({ retry: run.data })}
            retrying={run.isPending}
          />
        </Panel>
      )}
    </div>
  );
}
