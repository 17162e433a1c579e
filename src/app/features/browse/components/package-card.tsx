/**
 * @module
 * One package in the browse grid: the whole card is a link to its package page, so the grid is
 * walked with Tab and opened with Enter.
 */
import { Link } from 'react-router';
import { Icon, focusRing } from '../../../components/ui.tsx';
import type { PackageSummary } from '../lib/summaries.ts';

export function PackageCard({
  summary: s,
  href,
  position,
  total,
}: {
  summary: PackageSummary;
  href: string;
  position: number;
  total: number;
}) {
  return (
    <div role="listitem" aria-posinset={position} aria-setsize={total} className="h-full min-w-0">
      <Link
        to={href}
        className={`flex h-full gap-3 overflow-hidden rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-blue-400 hover:shadow dark:border-slate-800 dark:bg-slate-900 dark:hover:border-blue-500 ${focusRing}`}
      >
        <Icon src={s.icon} size="lg" />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <h2 className="truncate text-base font-semibold">{s.title}</h2>
          <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">
            {s.id}
            {s.version !== null && <> · {s.version}</>}
          </p>
          <p className="line-clamp-2 text-sm text-slate-700 dark:text-slate-300">
            {s.description || (s.version === null ? 'No versions published.' : '')}
          </p>
          {s.lastPublished !== null && s.lastPublishedMs !== null && (
            <p className="mt-auto truncate text-xs text-slate-500 dark:text-slate-400">
              Published{' '}
              <time dateTime={s.lastPublished}>
                {new Date(s.lastPublishedMs).toLocaleDateString()}
              </time>
            </p>
          )}
        </div>
      </Link>
    </div>
  );
}
