/**
 * @module
 * The categories with their localized name and package count (a link to the browse filter),
 * and the actions on each. A list of rows that wraps on a phone rather than a wide table.
 */
import { Link } from 'react-router';
import { Badge, Button } from '../../../components/ui.tsx';
import type { Category } from '../../../../core/rpc/types.ts';
import { localize } from '../../../../core/registry/localize.ts';
import { paths } from '../../../lib/paths.ts';
import { linkClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';

export type CategoryAction = 'rename' | 'members' | 'delete';

export interface CategoryTableProps {
  url: string;
  categories: [string, Category][];
  counts: Map<string, number>;
  language: string;
  current: { id: string; action: CategoryAction } | null;
  onAction: (id: string, action: CategoryAction) => void;
}

export function CategoryTable({ url, categories, counts, language, current, onAction }: CategoryTableProps) {
  const t = useT();
  if (categories.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('category.none')}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900" aria-label={t('curate.categories')}>
      {categories.map(([id, c]) => {
        const n = counts.get(id) ?? 0;
        const active = current?.id === id;
        return (
          <li key={id} className={`flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 ${active ? 'bg-blue-50 dark:bg-blue-950' : ''}`} data-testid={`category-${id}`}>
            <div className="min-w-[10rem] flex-1">
              <p className="font-medium">{localize(c.name, language) || id}</p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                <code>{id}</code> {typeof c.name === 'string' ? <Badge>{t('category.oneName')}</Badge> : <span>· {t('category.languages', { count: Object.keys(c.name).length })}</span>}
              </p>
            </div>
            <Link className={`text-sm ${linkClass}`} to={paths.registry.browse.getHref(url, { category: id })} aria-label={t('category.showPackages', { count: n, id })}>
              {t('category.packageCount', { count: n })}
            </Link>
            <div className="flex flex-wrap gap-1">
              <Button tone="ghost" aria-label={t('category.renameNamed', { id })} aria-pressed={active && current?.action === 'rename'} onClick={() => onAction(id, 'rename')}>
                {t('category.rename')}
              </Button>
              <Button tone="ghost" aria-label={t('category.assignNamed', { id })} aria-pressed={active && current?.action === 'members'} onClick={() => onAction(id, 'members')}>
                {t('category.packages')}
              </Button>
              <Button tone="ghost" className="!text-red-700 dark:!text-red-400" aria-label={t('category.deleteNamed', { id })} aria-pressed={active && current?.action === 'delete'} onClick={() => onAction(id, 'delete')}>
                {t('category.delete')}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
