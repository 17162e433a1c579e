/**
 * @module
 * The registry-wide mirror health summary (core/registry/mirror-health.ts, os-mirror.ts): counts
 * by state over package and OS image URLs, the variants nobody can install and the OS images
 * nobody can download, URLs without a mirror, what can be cleaned up, how old the results are
 * and how the last run ended.
 */
import type { HealthSummary, UrlStatus } from '../../../../core/registry/mirror-health.ts';
import type { OsHealthSummary } from '../../../../core/registry/os-mirror.ts';
import { Panel } from '../../../components/ui.tsx';
import { useT, type Translate } from '../../../i18n/i18n.ts';
import { formatAge } from '../../../lib/format-date.ts';
import type { LastRun } from '../../../lib/health-store.ts';

const TONE = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  dead: 'text-red-700 dark:text-red-400',
  unverifiable: 'text-amber-800 dark:text-amber-300',
  unchecked: 'text-slate-700 dark:text-slate-300',
} as const;

/** How old the results are: one age when they read the same ("5 minutes ago"), else the range. */
function ages({ oldest, newest }: Pick<HealthSummary, 'oldest' | 'newest'>, now: number, t: Translate): string {
  if (oldest === null || newest === null) return t('health.neverChecked');
  const [from, to] = [formatAge(oldest, now), formatAge(newest, now)];
  return from === to ? t('health.age', { age: from }) : t('health.ages', { oldest: from, newest: to });
}

const STATES = ['ok', 'dead', 'unverifiable', 'unchecked'] as const;

/** Both summaries' URLs by state and their age range. */
function combined(summary: HealthSummary, os: OsHealthSummary | null) {
  const add = (s: UrlStatus) => summary.byStatus[s] + (os?.byStatus[s] ?? 0);
  const byStatus: Record<UrlStatus, number> = { ok: add('ok'), dead: add('dead'), unverifiable: add('unverifiable'), unchecked: add('unchecked') };
  const pick = (f: (...n: number[]) => number, a: number | null, b: number | null) => (a === null ? b : b === null ? a : f(a, b));
  return { byStatus, oldest: pick(Math.min, summary.oldest, os?.oldest ?? null), newest: pick(Math.max, summary.newest, os?.newest ?? null) };
}

export function HealthSummaryPanel({ summary, os, lastRun, now }: { summary: HealthSummary; os: OsHealthSummary | null; lastRun: LastRun | null; now: number }) {
  const t = useT();
  const all = combined(summary, os);
  const { byStatus } = all;
  const findings = [
    summary.onlyDead > 0 && t('health.onlyDead', { count: summary.onlyDead }),
    summary.noneOk > summary.onlyDead && t('health.noneOk', { count: summary.noneOk - summary.onlyDead }),
    summary.withoutMirror > 0 && t('health.withoutMirror', { count: summary.withoutMirror }),
    summary.removable > 0 && t('health.removable', { count: summary.removable }),
    os !== null && os.onlyDead > 0 && t('health.osOnlyDead', { count: os.onlyDead }),
    os !== null && os.withoutMirror > 0 && t('health.osWithoutMirror', { count: os.withoutMirror }),
  ].filter((f): f is string => typeof f === 'string');
  return (
    <Panel title={t('health.summary')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {STATES.map((s) => (
          <div key={s} className="flex flex-col">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{t(`health.state.${s}`)}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${TONE[s]}`}>{byStatus[s]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        {t('health.totals', { urls: summary.urls, variants: summary.variants })}
        {os !== null && os.images > 0 && ` ${t('health.osTotals', { urls: os.urls, images: os.images })}`}
      </p>
      {findings.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : (
        byStatus.unchecked === 0 && <p className="mt-2 text-sm">{t('health.allGood')}</p>
      )}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {ages(all, now, t)}
        {lastRun && ` ${lastRun.outcome === 'cancelled' ? t('health.lastRunCancelled', { when: formatAge(lastRun.finishedAt, now), count: lastRun.checked }) : t('health.lastRunDone', { when: formatAge(lastRun.finishedAt, now), count: lastRun.checked })}`}
      </p>
    </Panel>
  );
}
