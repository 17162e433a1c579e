/**
 * @module
 * The two time series of the range: install/update lookups (`metrics.downloads`) and OS update
 * checks with the servers that made them (`metrics.users`), one call per bucket.
 */
import { useMemo } from 'react';
import { useT } from '../../../i18n/i18n.ts';
import { useRequestSeries, useUserSeries } from '../api/use-series.ts';
import type { Bucket, Granularity } from '../../../lib/metrics-buckets.ts';
import { ChartCard } from './chart-card.tsx';
import { SeriesStatus } from './series-status.tsx';
import { TimeChart } from './time-chart.tsx';

export function SeriesCards({ buckets, by }: { buckets: Bucket[]; by: Granularity }) {
  const t = useT();
  const requests = useRequestSeries(buckets);
  const users = useUserSeries(buckets);
  const x = useMemo(() => buckets.map((b) => b.start), [buckets]);
  const [lookupsLabel, checksLabel, serversLabel] = [t('metrics.seriesLookups'), t('metrics.seriesChecks'), t('metrics.seriesServers')];
  const lookups = useMemo(() => [{ label: lookupsLabel, values: requests.values }], [requests.values, lookupsLabel]);
  const checks = useMemo(
    () => [
      { label: checksLabel, values: users.values.map((u) => u?.totalCheckins ?? null) },
      { label: serversLabel, values: users.values.map((u) => u?.uniqueServers ?? null) },
    ],
    [users.values, checksLabel, serversLabel],
  );
  const lookupsTitle = t('metrics.lookupsChart', { by });
  const checksTitle = t('metrics.checkinsChart', { by });
  const period = t('metrics.colPeriod');
  return (
    <>
      <ChartCard
        title={lookupsTitle}
        about={t('metrics.lookupsAbout')}
        status={<SeriesStatus series={requests} total={buckets.length} />}
        table={{ file: 'install-update-lookups', header: [period, t('metrics.seriesLookups')], rows: buckets.map((b, i) => [b.label, requests.values[i] ?? '']) }}
      >
        <TimeChart x={x} series={lookups} label={t('metrics.chartLabel', { title: lookupsTitle, count: buckets.length })} />
      </ChartCard>
      <ChartCard
        title={checksTitle}
        about={t('metrics.checkinsAbout')}
        status={<SeriesStatus series={users} total={buckets.length} />}
        table={{
          file: 'os-update-checks',
          header: [period, t('metrics.seriesChecks'), t('metrics.seriesServers')],
          rows: buckets.map((b, i) => [b.label, users.values[i]?.totalCheckins ?? '', users.values[i]?.uniqueServers ?? '']),
        }}
      >
        <TimeChart x={x} series={checks} label={t('metrics.chartLabel', { title: checksTitle, count: buckets.length })} />
      </ChartCard>
    </>
  );
}
