/**
 * @module
 * The browse page's query and its URL form (`?q=&cat=&sort=&qsort=`, so a search can be shared
 * as a link), the sort orders, and the result count in words.
 */
import type { Translate } from '../../../i18n/i18n.ts';
import type { PackageSummary } from './summaries.ts';

/** The orders of the result list. `relevance` (the search's ranking) needs a query. */
export type SortKey = 'relevance' | 'name' | 'recent';
/** The orders of the list without a query. */
export type ListSort = Exclude<SortKey, 'relevance'>;

export interface BrowseQuery {
  q: string;
  /** Category id, or null for every category. */
  cat: string | null;
  /** The order without a query; it is back when the query is cleared. */
  sort: ListSort;
  /** The order while a query is present: relevance unless the reader picked another. */
  searchSort: SortKey;
}

const SORTS: readonly SortKey[] = ['relevance', 'name', 'recent'];

export function isSortKey(s: string | null): s is SortKey {
  return SORTS.some((k) => k === s);
}

const isListSort = (s: string | null): s is ListSort => isSortKey(s) && s !== 'relevance';

const searching = (b: { q: string }) => b.q.trim() !== '';

/** The order in effect: the search order while a query is present, else the list order. */
export function activeSort(b: BrowseQuery): SortKey {
  return searching(b) ? b.searchSort : b.sort;
}

/** The query after the reader picked `sort` in the sort control. */
export function withSort(b: BrowseQuery, sort: SortKey): BrowseQuery {
  if (searching(b)) return { ...b, searchSort: sort };
  return isListSort(sort) ? { ...b, sort } : b;
}

/**
 * Reads the browse state from URL search params: `sort` is the list order (default `name`),
 * `qsort` the order while searching (default `relevance`, dropped with the query).
 */
export function parseBrowseQuery(params: URLSearchParams): BrowseQuery {
  const q = params.get('q') ?? '';
  const cat = params.get('cat') || null;
  const sort = params.get('sort');
  const qsort = params.get('qsort');
  return {
    q,
    cat,
    sort: isListSort(sort) ? sort : 'name',
    searchSort: q.trim() && isSortKey(qsort) ? qsort : 'relevance',
  };
}

/** Writes the browse state as URL search params, leaving out defaults. */
export function browseQueryToParams(b: BrowseQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (b.q) p.set('q', b.q);
  if (b.cat) p.set('cat', b.cat);
  if (b.sort !== 'name') p.set('sort', b.sort);
  if (searching(b) && b.searchSort !== 'relevance') p.set('qsort', b.searchSort);
  return p;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Case-insensitive, numeric name order in `language` (`pl_PL` or `pl-PL`: Polish puts "Ł"
 * after "L", Spanish "Ñ" after "N"); the runtime's default order without one.
 */
export function collatorFor(language?: string): Intl.Collator {
  const tag = language?.replaceAll('_', '-') ?? '';
  let c = collators.get(tag);
  if (!c) {
    const options: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
    try {
      c = new Intl.Collator(tag || undefined, options);
    } catch {
      c = new Intl.Collator(undefined, options); // not a BCP 47 tag
    }
    collators.set(tag, c);
  }
  return c;
}

type Named = { title: string; id: string };

/** Title order in `language` (case-insensitive, numeric), then id. */
export function byNameIn(language?: string): (a: Named, b: Named) => number {
  const c = collatorFor(language);
  return (a, b) => c.compare(a.title, b.title) || c.compare(a.id, b.id);
}

/** Title order in the runtime's default language, then id. */
export const byName = byNameIn();

/** Sorts a copy: by title (then id) in `language`, or newest publication first (never-published last). */
export function sortSummaries(list: readonly PackageSummary[], sort: SortKey, language?: string): PackageSummary[] {
  if (sort === 'relevance') return [...list];
  const byName = byNameIn(language);
  if (sort === 'name') return [...list].sort(byName);
  return [...list].sort(
    (a, b) => (b.lastPublishedMs ?? -Infinity) - (a.lastPublishedMs ?? -Infinity) || byName(a, b),
  );
}

/** "3 packages", "1 package", "No packages", with the active filters in words, in `t`'s language. */
export function describeResults(
  t: Translate,
  count: number,
  b: { q: string; cat: string | null },
  categoryName: string | null,
): string {
  const q = b.q.trim();
  const category = b.cat === null ? null : (categoryName ?? b.cat);
  if (q && category !== null) return t('browse.countQueryCategory', { count, q, category });
  if (q) return t('browse.countQuery', { count, q });
  if (category !== null) return t('browse.countCategory', { count, category });
  return t('browse.count', { count });
}
