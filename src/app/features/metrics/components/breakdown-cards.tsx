/**
 * @module
 * Breakdowns: lookups by package and by package version over the range (one `metrics.downloads`
 * call for the whole range), and OS update checks by architecture and OS version, which the
 * registry reports for all time only (`metrics.summary` takes no range) and the cards say so.
 */
import { Link } from 'react-router';
import type { MetricsDownloads, MetricsSummary } from '../../../../core/rpc/types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { BarList } from './bar-list.tsx';
import { ChartCard } from './chart-card.tsx';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function PackageBreakdowns({ downloads }: { downloads: MetricsDownloads }) {
  const t = useT();
  const [params] = useAddressParams();
  /** This page with the same range and `pkg` (the adoption card below). */
  const adoptionOf = (pkg: string) => {
    const q = new URLSearchParams(params);
    q.set('pkg', pkg);
    return { search: `?${q}` };
  };
  const pkg = t('metrics.colPackage');
  const count = t('metrics.seriesLookups');
  const versions = [...downloads.byPackageVersion].sort((a, b) => b.count - a.count);
  return (
    <>
      <ChartCard
        title={t('metrics.topPackages')}
        about={t('metrics.topPackagesAbout')}
        table={{ file: 'lookups-by-package', header: [pkg, count], rows: downloads.byPackage.map((e) => [e.label, e.count]) }}
      >
        <BarList
          items={downloads.byPackage.map((e) => ({
            key: e.label,
            count: e.count,
            label: (
              <Link className="underline" to={adoptionOf(e.label)} title={e.label}>
                {e.label}
              </Link>
            ),
          }))}
        />
      </ChartCard>
      <ChartCard
        title={t('metrics.byVersion')}
        about={t('metrics.byVersionAbout')}
        table={{
          file: 'lookups-by-package-version',
          header: [pkg, t('metrics.colVersion'), count],
          rows: downloads.byPackageVersion.map((e) => [e.pkgId, e.version, e.count]),
        }}
      >
        <BarList items={versions.map((e) => ({ key: `${e.pkgId}@${e.version}`, count: e.count, label: `${e.pkgId} ${e.version}` }))} />
      </ChartCard>
    </>
  );
}

export function AllTimeBreakdowns({ summary }: { summary: MetricsSummary }) {
  const t = useT();
  const checks = t('metrics.seriesChecks');
  const cards = [
    { title: t('metrics.byArch'), file: 'os-update-checks-by-architecture', column: t('metrics.colArch'), entries: summary.byArch },
    { title: t('metrics.byOsVersion'), file: 'os-update-checks-by-os-version', column: t('metrics.colOsVersion'), entries: summary.byOsVersion },
  ];
  return cards.map((c) => (
    <ChartCard key={c.file} title={c.title} about={t('metrics.allTimeAbout')} table={{ file: c.file, header: [c.column, checks], rows: c.entries.map((e) => [e.label, e.count]) }}>
      <BarList items={c.entries.map((e) => ({ key: e.label, label: e.label, count: e.count }))} />
    </ChartCard>
  ));
}
