/**
 * @module
 * Search, category filter and sort of package summaries, and their URL form
 * (`?q=&cat=&sort=`, so a search can be shared as a link). Fuzzy search is fuse.js over title,
 * id and short description; the searcher is built once per summary list.
 */
import Fuse from 'fuse.js';
import { localize } from '../../../../core/registry/localize.ts';
import type { Category } from '../../../../core/rpc/types.ts';
import type { PackageSummary } from './summaries.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';

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

export type PackageSearch = (query: string) => PackageSummary[];

/** Builds a fuzzy searcher; an empty query returns every summary in input order. */
export function createPackageSearch(summaries: readonly PackageSummary[]): PackageSearch {
  const fuse = new Fuse(summaries, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'id', weight: 2 },
      { name: 'description', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  return (query) => {
    const q = query.trim();
    return q ? fuse.search(q).map((r) => r.item) : [...summaries];
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

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

/** Search, then category filter, then sort. */
export function browsePackages(search: PackageSearch, b: BrowseQuery): PackageSummary[] {
  const found = search(b.q);
  const filtered = b.cat === null ? found : found.filter((s) => s.categories.includes(b.cat!));
  return sortSummaries(filtered, b.sort);
}

export interface CategoryOption {
  id: string;
  /** Localized name. */
  name: string;
  /** Number of packages in it. */
  count: number;
}

/**
 * Filter choices: every defined category with its localized name and package count, sorted by
 * name. Ids that packages still carry after the category was deleted are listed by id, so a
 * link to them keeps working.
 */
export function categoryOptions(
  categories: Record<string, Category>,
  summaries: readonly PackageSummary[],
  language: string,
): CategoryOption[] {
  const counts = new Map<string, number>();
  for (const s of summaries) for (const c of s.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ids = new Set([...Object.keys(categories), ...counts.keys()]);
  return [...ids]
    .map((id) => {
      const cat = ownValue(categories, id);
      return {
        id,
        name: cat ? localize(cat.name, language) || id : id,
        count: counts.get(id) ?? 0,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id));
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
