/**
 * @module
 * The registry-wide mirror health summary (core/registry/mirror-health.ts): counts by state,
 * the variants nobody can install, URLs without a mirror, what can be cleaned up, how old the
 * results are and how the last run ended.
 */
import type { HealthSummary } from '../../../../core/registry/mirror-health.ts';
import { Panel } from '../../../components/ui.tsx';
import { useT, type Translate } from '../../../i18n/i18n.ts';
import { formatAge } from '../../../lib/format-date.ts';
import type { LastRun } from '../api/health-store.ts';

const TONE = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  dead: 'text-red-700 dark:text-red-400',
  unverifiable: 'text-amber-800 dark:text-amber-300',
  unchecked: 'text-slate-700 dark:text-slate-300',
} as const;

/** How old the results are: one age when they read the same ("5 minutes ago"), else the range. */
function ages({ oldest, newest }: HealthSummary, now: number, t: Translate): string {
  if (oldest === null || newest === null) return t('health.neverChecked');
  const [from, to] = [formatAge(oldest, now), formatAge(newest, now)];
  return from === to ? t('health.age', { age: from }) : t('health.ages', { oldest: from, newest: to });
}

export function HealthSummaryPanel({ summary, lastRun, now }: { summary: HealthSummary; lastRun: LastRun | null; now: number }) {
  const t = useT();
  const { byStatus } = summary;
  const findings = [
    summary.onlyDead > 0 && t('health.onlyDead', { count: summary.onlyDead }),
    summary.noneOk > summary.onlyDead && t('health.noneOk', { count: summary.noneOk - summary.onlyDead }),
    summary.withoutMirror > 0 && t('health.withoutMirror', { count: summary.withoutMirror }),
    summary.removable > 0 && t('health.removable', { count: summary.removable }),
  ].filter((f): f is string => typeof f === 'string');
  return (
    <Panel title={t('health.summary')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(['ok', 'dead', 'unverifiable', 'unchecked'] as const).map((s) => (
          <div key={s} className="flex flex-col">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{t(`health.state.${s}`)}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${TONE[s]}`}>{byStatus[s]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">{t('health.totals', { urls: summary.urls, variants: summary.variants })}</p>
      {findings.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : (
        summary.byStatus.unchecked === 0 && <p className="mt-2 text-sm">{t('health.allGood')}</p>
      )}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {ages(summary, now, t)}
        {lastRun && ` ${lastRun.outcome === 'cancelled' ? t('health.lastRunCancelled', { when: formatAge(lastRun.finishedAt, now), count: lastRun.checked }) : t('health.lastRunDone', { when: formatAge(lastRun.finishedAt, now), count: lastRun.checked })}`}
      </p>
    </Panel>
  );
}
