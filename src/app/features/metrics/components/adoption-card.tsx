/**
 * @module
 * One package's version adoption over the range: a `metrics.downloads` call with `pkgId` per
 * bucket, drawn as one line per version offered. The package comes from the address (`?pkg=`),
 * chosen here or from the top packages.
 */
import { useMemo } from 'react';
import { SelectField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useAdoptionSeries } from '../api/use-series.ts';
import { adoptionLines } from '../lib/adoption.ts';
import type { Bucket, Granularity } from '../../../lib/metrics-buckets.ts';
import { ChartCard } from './chart-card.tsx';
import { SeriesStatus } from './series-status.tsx';
import { TimeChart } from './time-chart.tsx';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function AdoptionCard({ buckets, by, packages }: { buckets: Bucket[]; by: Granularity; packages: string[] }) {
  const t = useT();
  const [params, setParams] = useAddressParams();
  const pkg = params.get('pkg') || null;
  const series = useAdoptionSeries(buckets, pkg);
  const adoption = useMemo(() => (pkg === null ? null : adoptionLines(pkg, series.values)), [pkg, series.values]);
  const other = t('metrics.otherVersions');
  const lines = useMemo(() => {
    if (!adoption) return [];
    const names = [...adoption.versions, other];
    return adoption.lines.map((values, i) => ({ label: names[i]!, values }));
  }, [adoption, other]);
  const names = lines.map((l) => l.label);
  const choices = pkg && !packages.includes(pkg) ? [pkg, ...packages] : packages;
  const title = pkg ? t('metrics.adoption', { pkg }) : t('metrics.adoptionNone');
  const choose = (next: string) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (next) q.set('pkg', next);
      else q.delete('pkg');
      return q;
    });
  return (
    <ChartCard
      title={title}
      about={t('metrics.adoptionAbout', { by })}
      status={
        <>
          <div className="mb-3 max-w-sm">
            <SelectField id="metrics-package" label={t('metrics.colPackage')} value={pkg ?? ''} onChange={(e) => choose(e.target.value)}>
              <option value="">{t('metrics.choosePackage')}</option>
              {choices.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </SelectField>
          </div>
          {pkg && <SeriesStatus series={series} total={buckets.length} />}
        </>
      }
      table={{
        file: `version-adoption-${pkg ?? ''}`,
        header: [t('metrics.colPeriod'), ...names],
        rows: pkg ? buckets.map((b, i) => [b.label, ...lines.map((l) => l.values[i] ?? '')]) : [],
      }}
    >
      {pkg && <TimeChart x={buckets.map((b) => b.start)} series={lines} label={t('metrics.chartLabel', { title, count: buckets.length })} />}
    </ChartCard>
  );
}
