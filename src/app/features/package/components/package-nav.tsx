/**
 * @module
 * Section links (overview, versions, view as device, and manage for keys that may) and, on the
 * overview, the version picker. Sections are
 * links, not ARIA tabs: each is its own URL (`?tab=`), so it can be bookmarked and shared.
 */
import { Link, useNavigate } from 'react-router';
import { focusRing } from '../../../components/ui.tsx';
import type { PackageTab } from '../lib/versions.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';

const LABELS: Record<PackageTab, MessageKey> = {
  overview: 'package.tabOverview',
  versions: 'package.tabVersions',
  device: 'package.tabDevice',
  manage: 'package.tabManage',
};

export function PackageNav({
  tab,
  versions,
  version,
  searchFor,
  canManage,
}: {
  tab: PackageTab;
  /** Show the Manage section (admins, scoped signers). */
  canManage: boolean;
  versions: string[];
  version: string | null;
  searchFor: (next: { v?: string; tab?: PackageTab }) => string;
}) {
  const navigate = useNavigate();
  const tr = useT();
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 dark:border-slate-800">
      <nav aria-label={tr('package.sections')} className="-mb-px flex flex-wrap gap-1">
        {(Object.keys(LABELS) as PackageTab[]).filter((t) => t !== 'manage' || canManage).map((t) => (
          <Link
            key={t}
            to={{ search: searchFor({ tab: t }) }}
            aria-current={t === tab ? 'page' : undefined}
            className={`rounded-t-md border-b-2 px-3 py-2 text-sm ${focusRing} ${
              t === tab
                ? 'border-blue-600 font-semibold text-blue-800 dark:text-blue-300'
                : 'border-transparent text-slate-700 hover:border-slate-300 dark:text-slate-300'
            }`}
          >
            {tr(LABELS[t])}
          </Link>
        ))}
      </nav>
      {versions.length > 0 && version !== null && tab === 'overview' && (
        <label className="mb-2 flex items-center gap-2 text-sm">
          <span className="font-medium">{tr('clause.version')}</span>
          <select
            value={version}
            onChange={(e) =>
              navigate({ search: searchFor({ v: e.target.value }) }, { replace: true })
            }
            className={`rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-950 ${focusRing}`}
          >
            {versions.map((v, i) => (
              <option key={v} value={v}>
                {v}
                {i === 0 ? ` ${tr('package.newestMark')}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
