/**
 * @module
 * The metrics dashboard under `/r/:registry/metrics` (issue 16 item 2; spec/registry-api.md
 * §4.9), for administrators: totals, time series per day or week, breakdowns by package and
 * version for the range and by architecture and OS version for all time, top packages and one
 * package's version adoption. Downloaded (with its chart library) only when opened.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorView } from '../../components/error-view.tsx';
import { RoleGatedPage } from '../../components/role-gated-page.tsx';
import { Spinner } from '../../components/ui.tsx';
import { metricsDownloadsOptions, metricsSummaryOptions, metricsUsersOptions } from '../../lib/registry-queries.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useT } from '../../i18n/i18n.ts';
import { makeBuckets, rangeWindow } from '../../lib/metrics-buckets.ts';
import { readRange } from './lib/range.ts';
import { AdoptionCard } from './components/adoption-card.tsx';
import { AllTimeBreakdowns, PackageBreakdowns } from './components/breakdown-cards.tsx';
import { RangeForm } from './components/range-form.tsx';
import { SeriesCards } from './components/series-cards.tsx';
import { Totals } from './components/totals.tsx';
import { useAddressParams } from '../../lib/use-address-params.tsx';

function Dashboard() {
  const t = useT();
  const scope = useRegistryScope();
  const [params] = useAddressParams();
  const [today] = useState(() => Date.now());
  const range = readRange(params, today);
  const buckets = useMemo(() => makeBuckets(range.from, range.to, range.by), [range.from, range.to, range.by]);
  const window = rangeWindow(range.from, range.to);
  const summary = useQuery(metricsSummaryOptions(scope));
  const downloads = useQuery(metricsDownloadsOptions(scope, window));
  const users = useQuery(metricsUsersOptions(scope, window));
  const failed = summary.error ?? downloads.error ?? users.error;
  const packages = useMemo(() => downloads.data?.byPackage.map((e) => e.label) ?? [], [downloads.data]);
  return (
    <div className="flex flex-col gap-4">
      <RangeForm range={range} today={today} />
      {failed && (
        <ErrorView
          error={failed}
          onRetry={() => {
            void summary.refetch();
            void downloads.refetch();
            void users.refetch();
          }}
        />
      )}
      <Totals downloads={downloads.data} users={users.data} summary={summary.data} />
      <SeriesCards buckets={buckets} by={range.by} />
      <div className="grid gap-4 lg:grid-cols-2">
        {downloads.data ? <PackageBreakdowns downloads={downloads.data} /> : <Spinner label={t('metrics.loadingRange')} />}
        {summary.data && <AllTimeBreakdowns summary={summary.data} />}
      </div>
      <AdoptionCard buckets={buckets} by={range.by} packages={packages} />
    </div>
  );
}

export function MetricsPage() {
  const t = useT();
  return <RoleGatedPage title={t('metrics.title')} about={t('metrics.about')} refusal={t('metrics.adminsOnlyAbout')} render={(role) => (role.kind === 'admin' ? <Dashboard /> : null)} />;
}
