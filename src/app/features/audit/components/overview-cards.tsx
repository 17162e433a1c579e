/**
 * @module
 * The admin overview's facts: what the registry holds (counts, each linking to its page), this
 * browser's last mirror check, and last week's install/update lookups.
 */
import { Link } from 'react-router';
import type { RegistryCounts } from '../../../../core/registry/registry-counts.ts';
import type { HealthSummary } from '../../../../core/registry/mirror-health.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { focusRing, Panel, Spinner } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { formatAge } from '../../../lib/format-date.ts';
import type { LastRun } from '../../../lib/health-store.ts';
import { paths } from '../../../lib/paths.ts';

const link = `text-sm text-blue-800 underline dark:text-blue-300 ${focusRing}`;
const muted = 'text-sm text-slate-600 dark:text-slate-400';

export function CountsPanel({ url, counts }: { url: string; counts: RegistryCounts }) {
  const t = useT();
  const facts = [
    ['packages', 'overview.count.packages', paths.registry.browse.getHref(url)],
    ['versions', 'overview.count.versions', null],
    ['variants', 'overview.count.variants', null],
    ['signers', 'overview.count.signers', paths.registry.curate.signers.getHref(url)],
    ['categories', 'overview.count.categories', paths.registry.curate.categories.getHref(url)],
    ['osReleases', 'overview.count.osReleases', paths.registry.os.getHref(url)],
  ] as const;
  return (
    <Panel title={t('overview.counts')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {facts.map(([k, label, href]) => (
          <div key={k} className="flex flex-col" data-testid={`count-${k}`}>
            <dt className="text-xs text-slate-600 dark:text-slate-400">{href ? <Link className={`underline ${focusRing}`} to={href}>{t(label)}</Link> : t(label)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{counts[k]}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}

export function HealthPanel({ url, summary, lastRun, now }: { url: string; summary: HealthSummary | null; lastRun: LastRun | null; now: number }) {
  const t = useT();
  const checked = summary !== null && summary.newest !== null;
  return (
    <Panel title={t('registry.health')}>
      {!checked || !summary ? (
        <p className={muted}>{t('health.neverChecked')}</p>
      ) : (
        <>
          <p className="text-sm">{t('overview.healthCounts', { ok: summary.byStatus.ok, dead: summary.byStatus.dead, unverifiable: summary.byStatus.unverifiable, unchecked: summary.byStatus.unchecked })}</p>
          <p className={muted}>{lastRun ? t(lastRun.outcome === 'done' ? 'health.lastRunDone' : 'health.lastRunCancelled', { when: formatAge(lastRun.finishedAt, now), count: lastRun.checked }) : t('health.age', { age: formatAge(summary.newest!, now) })}</p>
        </>
      )}
      <Link className={`mt-2 inline-block ${link}`} to={paths.registry.health.getHref(url)}>
        {t(checked ? 'overview.fix.health' : 'overview.checkMirrors')}
      </Link>
    </Panel>
  );
}

export function RequestsPanel({ href, total, error, onRetry }: { href: string; total: number | undefined; error: Error | null; onRetry: () => void }) {
  const t = useT();
  return (
    <Panel title={t('overview.requests')}>
      {error ? <ErrorView error={error} onRetry={onRetry} /> : total === undefined ? <Spinner /> : <p className="text-2xl font-semibold tabular-nums" data-testid="requests-week">{total}</p>}
      <p className={muted}>{t('overview.requestsAbout')}</p>
      <Link className={`mt-2 inline-block ${link}`} to={href}>
        {t('overview.openMetrics')}
      </Link>
    </Panel>
  );
}
