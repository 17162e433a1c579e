/**
 * @module
 * Search box, category filter and sort order of the browse page. Every control is labelled;
 * the state lives in the URL (see `use-browse.ts`). While a query is present the sort control
 * shows "Relevance" (the search's ranking) unless the reader picks another order.
 */
import { SelectField, fieldClass } from '../../../components/ui.tsx';
import { activeSort, isSortKey, withSort, type BrowseQuery } from '../lib/browse-query.ts';
import type { CategoryOption } from '../lib/category-options.ts';

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
  return (
    <form
      role="search"
      aria-label="Packages"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex min-w-[min(100%,16rem)] flex-1 flex-col gap-1">
        <label htmlFor="browse-q" className="text-sm font-medium">
          Search
        </label>
        <input
          id="browse-q"
          type="search"
          value={text}
          placeholder="Title, id or description"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onText(e.target.value)}
          className={fieldClass}
        />
      </div>
      <SelectField
        id="browse-cat"
        label="Category"
        value={query.cat ?? ''}
        onChange={(e) => onChange({ cat: e.target.value || null })}
      >
        <option value="">All categories</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.count})
          </option>
        ))}
      </SelectField>
      <SelectField
        id="browse-sort"
        label="Sort by"
        value={sort}
        onChange={(e) => {
          const next = e.target.value;
          if (isSortKey(next)) onChange(withSort(query, next));
        }}
      >
        {query.q.trim() !== '' && <option value="relevance">Relevance</option>}
        <option value="name">Name</option>
        <option value="recent">Recently published</option>
      </SelectField>
    </form>
  );
}
