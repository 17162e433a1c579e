/**
 * @module
 * Every version, newest first in exver order, each with its release notes and variant table on
 * demand (and its raw JSON record) and a link to show it in the overview.
 */
import { Link } from 'react-router';
import { localize } from '../../../../core/registry/localize.ts';
import type { PackageInfo } from '../../../../core/rpc/types.ts';
import { Badge, EmptyNote, focusRing } from '../../../components/ui.tsx';
import type { SignerNames } from '../api/signer-directory.ts';
import { parseTimestamp } from '../lib/format.ts';
import type { PackageTab } from '../lib/versions.ts';
import { versionFlavor } from '../lib/versions.ts';
import { Disclosure } from './disclosure.tsx';
import { ReleaseNotes } from './release-notes.tsx';
import { Section } from './section.tsx';
import { VariantTable } from './variant-table.tsx';
import { RawJson } from './manage/raw-json.tsx';
import { CompareVersions } from './compare-versions.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format-date.ts';

function lastPublished(info: PackageInfo['versions'][string]): number | null {
  const times = info.s9pks
    .map(([, a]) => parseTimestamp(a.publishedAt))
    .filter((t): t is number => t !== null);
  return times.length ? Math.max(...times) : null;
}

export function VersionsTab({
  pkg,
  versions,
  signers,
  language,
  searchFor,
}: {
  pkg: PackageInfo;
  versions: string[];
  signers: SignerNames;
  language: string;
  searchFor: (next: { v?: string; tab?: PackageTab }) => string;
}) {
  const t = useT();
  return (
    <>
      <CompareVersions pkg={pkg} versions={versions} signers={signers} />
      <Section title={t('package.allVersions', { count: versions.length })}>
        {versions.length === 0 && <EmptyNote>{t('package.noVersions')}</EmptyNote>}
        <ol className="flex flex-col gap-4">
          {versions.map((v, i) => {
            const info = pkg.versions[v]!;
            const published = lastPublished(info);
            const flavor = versionFlavor(v);
            return (
              <li
                key={v}
                className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-mono text-base font-semibold">{v}</h3>
                  {i === 0 && <Badge tone="green">{t('package.newest')}</Badge>}
                  {flavor !== null && <Badge tone="blue">{t('package.flavor', { flavor })}</Badge>}
                  <Link
                    to={{ search: searchFor({ v, tab: 'overview' }) }}
                    className={`ms-auto text-sm text-blue-700 underline dark:text-blue-400 ${focusRing}`}
                  >
                    {t('package.openInOverview')}
                    <span className="sr-only"> ({v})</span>
                  </Link>
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t('package.versionLine', { os: info.osVersion, count: info.s9pks.length })}
                  {published !== null && (
                    <> · {t('package.publishedOn', { date: formatDate(published) })}</>
                  )}
                </p>
                <Disclosure label={t('package.notesAndVariants', { version: v })}>
                  <ReleaseNotes markdown={localize(info.releaseNotes, language)} />
                  <VariantTable
                    version={v}
                    variants={info.s9pks}
                    directory={signers.directory}
                    coverage={signers.coverage}
                  />
                  <RawJson version={v} info={info} />
                </Disclosure>
              </li>
            );
          })}
        </ol>
      </Section>
    </>
  );
}
