/**
 * @module
 * The dashboard's headline numbers: the range's lookups, OS update checks and servers, with
 * the registry's all-time totals beside them.
 */
import type { MetricsDownloads, MetricsSummary, MetricsUsers } from '../../../../core/rpc/types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useNumbers } from './chart-card.tsx';

export function Totals({ downloads, users, summary }: { downloads?: MetricsDownloads; users?: MetricsUsers; summary?: MetricsSummary }) {
  const t = useT();
  const numbers = useNumbers();
  const show = (n: number | undefined) => (n === undefined ? '…' : numbers.format(n));
  const items = [
    { key: 'lookups', label: t('metrics.seriesLookups'), range: downloads?.totalRequests, all: summary?.totalPackageRequests },
    { key: 'checks', label: t('metrics.seriesChecks'), range: users?.totalCheckins, all: summary?.totalCheckins },
    { key: 'servers', label: t('metrics.seriesServers'), range: users?.uniqueServers, all: summary?.uniqueServers },
  ];
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      {items.map((i) => (
        <div key={i.key} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-total={i.key}>
          <dt className="text-sm text-slate-600 dark:text-slate-300">{i.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-range>
            {show(i.range)}
          </dd>
          <dd className="text-xs text-slate-600 dark:text-slate-400">{t('metrics.allTimeValue', { value: show(i.all) })}</dd>
        </div>
      ))}
    </dl>
  );
}
