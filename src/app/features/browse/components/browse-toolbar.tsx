/**
 * @module
 * Search box, category filter and sort order of the browse page. Every control is labelled;
 * the state lives in the URL (see `use-browse.ts`).
 */
import { SelectField, fieldClass } from '../../../components/ui.tsx';
import type { BrowseQuery, SortKey } from '../lib/browse-query.ts';
import type { CategoryOption } from '../lib/category-options.ts';

export function BrowseToolbar({
  query,
  categories,
  onChange,
}: {
  query: BrowseQuery;
  categories: CategoryOption[];
  onChange: (next: Partial<BrowseQuery>) => void;
}) {
  const searching = query.q.trim() !== '';
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
          value={query.q}
          placeholder="Title, id or description"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ q: e.target.value })}
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
        value={query.sort}
        onChange={(e) => onChange({ sort: e.target.value as SortKey })}
      >
        {searching && <option value="relevance">Best match</option>}
        <option value="name">Name</option>
        <option value="recent">Recently published</option>
      </SelectField>
    </form>
  );
}
