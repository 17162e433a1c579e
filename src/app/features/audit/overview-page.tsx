/**
 * @module
 * The admin overview (`#/r/<registry>/overview`, issue #17 item 6): what the registry holds,
 * this browser's last mirror check, last week's install/update lookups (one `metrics.downloads`
 * call) and every warning the console computes elsewhere, each linking to where it is fixed.
 * Read-only: it sends no write, so there is no revision to compare before one.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { registryCounts } from '../../../core/registry/registry-counts.ts';
import { summarizeHealth } from '../../../core/registry/mirror-health.ts';
import { ErrorView } from '../../components/error-view.tsx';
import { RoleGatedPage } from '../../components/role-gated-page.tsx';
import { Link } from 'react-router';
import { Button, focusRing, Panel, Spinner } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { dayOf, rangeWindow } from '../../lib/metrics-buckets.ts';
import { paths } from '../../lib/paths.ts';
import { metricsRequestTotalOptions } from '../../lib/registry-queries.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useAccessReview } from './api/use-access-review.ts';
import { useStoredHealth } from './api/use-stored-health.ts';
import { CountsPanel, HealthPanel, RequestsPanel } from './components/overview-cards.tsx';
import { WarningList } from './components/warning-list.tsx';
import { overviewWarningItems } from './lib/overview-warnings.ts';

const DAY = 86_400_000;

/** The last seven UTC days, today included, fixed when the page opens. */
function useLastWeek() {
  return useState(() => {
    const now = Date.now();
    const range = { from: dayOf(now - 6 * DAY), to: dayOf(now) };
    return { now, range, window: rangeWindow(range.from, range.to) };
  })[0];
}

function OverviewView() {
  const scope = useRegistryScope();
  const { url } = scope;
  const t = useT();
  const week = useLastWeek();
  const access = useAccessReview();
  const stored = useStoredHealth(url);
  const requests = useQuery(metricsRequestTotalOptions(scope, week.window));
  const health = useMemo(() => (access.index && stored.health ? summarizeHealth(access.index.package, stored.health.results) : null), [access.index, stored.health]);
  if (access.failed) return <ErrorView error={access.failed.error} onRetry={() => void access.refetch()} />;
  if (!access.index || !access.review || !stored.health) return <Spinner />;
  const items = overviewWarningItems({ access: access.warnings, health, unvouched: access.review.unvouched }, url, t);
  const refresh = () => {
    void access.refetch();
    void requests.refetch();
    stored.reload();
  };
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={refresh} disabled={access.fetching}>
          {access.fetching ? t('common.loading') : t('overview.refresh')}
        </Button>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('overview.readOnly')}</p>
      </div>
      <Panel
        title={t('audit.warnings', { count: items.length })}
        actions={
          <Link className={`text-sm text-blue-800 underline dark:text-blue-300 ${focusRing}`} to={paths.registry.access.getHref(url)}>
            {t('overview.openAccess')}
          </Link>
        }
      >
        <WarningList items={items} label={t('audit.warningsList')} empty={t('overview.noWarnings')} />
      </Panel>
      <CountsPanel url={url} counts={registryCounts(access.index)} />
      <div className="grid gap-4 md:grid-cols-2">
        <HealthPanel url={url} summary={health} lastRun={stored.health.lastRun} now={week.now} />
        <RequestsPanel href={paths.registry.metrics.getHref(url, { ...week.range, by: 'day' })} total={requests.data} error={requests.error} onRetry={() => void requests.refetch()} />
      </div>
    </>
  );
}

export function OverviewPage() {
  const t = useT();
  return <RoleGatedPage title={t('overview.title')} about={t('overview.about')} refusal={t('audit.adminsOnly')} render={(role) => (role.kind === 'admin' ? <OverviewView /> : null)} />;
}
