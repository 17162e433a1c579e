/**
 * @module
 * One package in the browse grid: the whole card is a link to its package page, so the grid is
 * walked with Tab and opened with Enter. When the search names the package's id exactly, the
 * card says "Exact match" (inside the link, so screen readers hear it with the title).
 * Memoized: the virtualized grid re-renders on every scroll frame, the cards need not.
 */
import { memo } from 'react';
import { Link } from 'react-router';
import { Icon, focusRing } from '../../../components/ui.tsx';
import type { PackageSummary } from '../lib/summaries.ts';
import { useLocale, useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';
import { localeTag } from '../../../i18n/locales.ts';
import { formatDate } from '../../../lib/format-date.ts';

export const PackageCard = memo(function PackageCard({
  summary: s,
  href,
  position,
  total,
  exact,
}: {
  summary: PackageSummary;
  href: string;
  position: number;
  total: number;
  /** The search query is this package's id. */
  exact: boolean;
}) {
  const t = useT();
  const locale = localeTag(useLocale());
  return (
    <div role="listitem" aria-posinset={position} aria-setsize={total} className="h-full min-w-0">
      <Link
        to={href}
        className={`flex h-full gap-3 overflow-hidden rounded-lg border bg-white p-3 shadow-sm hover:border-blue-400 hover:shadow dark:bg-slate-900 dark:hover:border-blue-500 ${exact ? 'border-emerald-500 dark:border-emerald-400' : 'border-slate-200 dark:border-slate-800'} ${focusRing}`}
      >
        <Icon src={s.icon} size="lg" />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex min-w-0 items-center gap-2">
            <h2 className="truncate text-base font-semibold">{s.title}</h2>
            {exact && (
              <span className="shrink-0 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                {t('browse.exactMatch')}
              </span>
            )}
          </div>
          <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">
            {s.id}
            {s.version !== null && <> · {s.version}</>}
          </p>
          <p className="line-clamp-2 text-sm text-slate-700 dark:text-slate-300">
            {s.description || (s.version === null ? t('browse.noVersions') : '')}
          </p>
          {s.lastPublished !== null && s.lastPublishedMs !== null && (
            <p className="mt-auto truncate text-xs text-slate-500 dark:text-slate-400">
              <Trans
                k="browse.published"
                values={{
                  date: formatDate(s.lastPublishedMs, locale),
                  time: (chunks) => <time dateTime={s.lastPublished ?? undefined}>{chunks}</time>,
                }}
              />
            </p>
          )}
        </div>
      </Link>
    </div>
  );
});
