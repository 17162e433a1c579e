/**
 * @module
 * Search box, category filter and sort order of the browse page. Every control is labelled;
 * the state lives in the URL (see `use-browse.ts`).
 */
import { focusRing } from '../../../components/ui.tsx';
import type { BrowseQuery, CategoryOption, SortKey } from '../lib/search.ts';

const select = `rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950 ${focusRing}`;

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
          className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950 ${focusRing}`}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="browse-cat" className="text-sm font-medium">
          Category
        </label>
        <select
          id="browse-cat"
          className={select}
          value={query.cat ?? ''}
          onChange={(e) => onChange({ cat: e.target.value || null })}
        >
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="browse-sort" className="text-sm font-medium">
          Sort by
        </label>
        <select
          id="browse-sort"
          className={select}
          value={query.sort}
          onChange={(e) => onChange({ sort: e.target.value as SortKey })}
        >
          {searching && <option value="relevance">Best match</option>}
          <option value="name">Name</option>
          <option value="recent">Recently published</option>
        </select>
      </div>
    </form>
  );
}
