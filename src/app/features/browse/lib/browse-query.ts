/**
 * @module
 * The browse page's query and its URL form (`?q=&cat=&sort=`, so a search can be shared as a
 * link), the sort orders, and the result count in words.
 */
import type { PackageSummary } from './summaries.ts';

/** `relevance` only applies while searching; without a query it falls back to `name`. */
export type SortKey = 'relevance' | 'name' | 'recent';

export interface BrowseQuery {
  q: string;
  /** Category id, or null for every category. */
  cat: string | null;
  sort: SortKey;
}

const SORTS: readonly SortKey[] = ['relevance', 'name', 'recent'];

/** Reads the browse state from URL search params; the default sort depends on the query. */
export function parseBrowseQuery(params: URLSearchParams): BrowseQuery {
  const q = params.get('q') ?? '';
  const cat = params.get('cat') || null;
  const raw = params.get('sort') as SortKey | null;
  let sort: SortKey = raw && SORTS.includes(raw) ? raw : q.trim() ? 'relevance' : 'name';
  if (sort === 'relevance' && !q.trim()) sort = 'name';
  return { q, cat, sort };
}

/** Writes the browse state as URL search params, leaving out defaults. */
export function browseQueryToParams(b: BrowseQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (b.q) p.set('q', b.q);
  if (b.cat) p.set('cat', b.cat);
  const defaultSort: SortKey = b.q.trim() ? 'relevance' : 'name';
  if (b.sort !== defaultSort) p.set('sort', b.sort);
  return p;
}

export const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts a copy: by title (then id), or newest publication first (never-published last). */
export function sortSummaries(list: readonly PackageSummary[], sort: SortKey): PackageSummary[] {
  if (sort === 'relevance') return [...list];
  const byName = (a: PackageSummary, b: PackageSummary) =>
    collator.compare(a.title, b.title) || collator.compare(a.id, b.id);
  if (sort === 'name') return [...list].sort(byName);
  return [...list].sort(
    (a, b) => (b.lastPublishedMs ?? -Infinity) - (a.lastPublishedMs ?? -Infinity) || byName(a, b),
  );
}

/** "3 packages", "1 package", "No packages", with the active filters in words. */
export function describeResults(
  count: number,
  b: BrowseQuery,
  categoryName: string | null,
): string {
  const n = count === 0 ? 'No packages' : `${count} package${count === 1 ? '' : 's'}`;
  const parts = [];
  if (b.q.trim()) parts.push(`matching “${b.q.trim()}”`);
  if (b.cat !== null) parts.push(`in ${categoryName ?? b.cat}`);
  return parts.length ? `${n} ${parts.join(' ')}` : n;
}
