/**
 * @module
 * Search box, category filter and sort order of the browse page. Every control is labelled;
 * the state lives in the URL (see `use-browse.ts`). While a query is present the sort control
 * shows "Relevance" (the search's ranking) unless the reader picks another order.
 */
import { SelectField, fieldClass } from '../../../components/ui.tsx';
import { activeSort, isSortKey, withSort, type BrowseQuery } from '../lib/browse-query.ts';
import type { CategoryOption } from '../lib/category-options.ts';
import { useLocale, useT } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';

export function BrowseToolbar({
  query,
  text,
  onText,
  categories,
  onChange,
}: {
  query: BrowseQuery;
  /** The search box's text: ahead of `query.q` while the URL catches up with typing. */
  text: string;
  onText: (text: string) => void;
  categories: CategoryOption[];
  onChange: (next: Partial<BrowseQuery>) => void;
}) {
  const sort = activeSort(query);
  const t = useT();
  const numbers = new Intl.NumberFormat(localeTag(useLocale()));
  return (
    <form
      role="search"
      aria-label={t('browse.title')}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex min-w-[min(100%,16rem)] flex-1 flex-col gap-1">
        <label htmlFor="browse-q" className="text-sm font-medium">
          {t('browse.search')}
        </label>
        <input
          id="browse-q"
          type="search"
          value={text}
          placeholder={t('browse.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onText(e.target.value)}
          className={fieldClass}
        />
      </div>
      <SelectField
        id="browse-cat"
        label={t('browse.category')}
        value={query.cat ?? ''}
        onChange={(e) => onChange({ cat: e.target.value || null })}
      >
        <option value="">{t('browse.allCategories')}</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({numbers.format(c.count)})
          </option>
        ))}
      </SelectField>
      <SelectField
        id="browse-sort"
        label={t('browse.sortBy')}
        value={sort}
        onChange={(e) => {
          const next = e.target.value;
          if (isSortKey(next)) onChange(withSort(query, next));
        }}
      >
        {query.q.trim() !== '' && <option value="relevance">{t('browse.sortRelevance')}</option>}
        <option value="name">{t('browse.sortName')}</option>
        <option value="recent">{t('browse.sortRecent')}</option>
      </SelectField>
    </form>
  );
}
