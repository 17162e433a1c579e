/**
 * @module
 * A version's dependencies: title, icon, description and whether optional; linked to their
 * package page when this registry has them. Beyond DEPENDENCY_DISPLAY_LIMIT they are counted.
 */
import { Link } from 'react-router';
import { Badge, Icon, focusRing } from '../../../components/ui.tsx';
import { boundedList, DEPENDENCY_DISPLAY_LIMIT } from '../../../lib/bounded-list.ts';
import type { DependencyView } from '../lib/package-view.ts';
import { useT } from '../../../i18n/i18n.ts';

export function DependencyList({
  deps,
  hrefFor,
}: {
  deps: DependencyView[];
  hrefFor: (id: string) => string;
}) {
  const t = useT();
  if (deps.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t('package.noDependencies')}</p>;
  const { shown, more } = boundedList(deps, DEPENDENCY_DISPLAY_LIMIT);
  return (
    <>
      <ul className="flex flex-col gap-2">
        {shown.map((d) => (
          <li key={d.id} className="flex items-start gap-3">
            <Icon src={d.icon} size="sm" />
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2">
                {d.inRegistry ? (
                  <Link
                    to={hrefFor(d.id)}
                    className={`font-medium text-blue-700 underline dark:text-blue-400 ${focusRing}`}
                  >
                    {d.title}
                  </Link>
                ) : (
                  <span className="font-medium">{d.title}</span>
                )}
                <code className="text-xs text-slate-600 dark:text-slate-400">{d.id}</code>
                <Badge tone={d.optional ? 'neutral' : 'amber'}>
                  {d.optional ? t('package.optional') : t('package.required')}
                </Badge>
                {!d.inRegistry && <Badge>{t('package.notInRegistry')}</Badge>}
              </p>
              {d.description && (
                <p className="text-sm text-slate-700 dark:text-slate-300">{d.description}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {t('package.moreDependencies', { count: more })}
        </p>
      )}
    </>
  );
}
