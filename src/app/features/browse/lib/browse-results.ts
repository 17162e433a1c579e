/**
 * @module
 * The list the browse page shows: search matches (search.ts, computed in a worker) mapped back
 * to summaries, filtered by category and sorted. Apart from search.ts, so the page does not
 * carry the search index code (MiniSearch), which runs in the worker.
 */
import type { PackageSummary } from './summaries.ts';
import { sortSummaries, type SortKey } from './browse-query.ts';
import type { Match } from './search.ts';

export interface BrowseResults {
  items: PackageSummary[];
  /** The id of the package the query names exactly, if it is among `items`. */
  exactId: string | null;
}

/**
 * The list to show: `matches` of a search over `summaries` (every summary, in order, when
 * there is no query), filtered by category and sorted (`relevance` keeps the ranking).
 */
export function browsePackages(
  summaries: readonly PackageSummary[],
  matches: readonly Match[] | null,
  b: { cat: string | null; sort: SortKey; language?: string },
): BrowseResults {
  const inCategory = (s: PackageSummary) => b.cat === null || s.categories.includes(b.cat);
  if (matches === null) {
    return { items: sortSummaries(summaries.filter(inCategory), b.sort, b.language), exactId: null };
  }
  let exactId: string | null = null;
  const items: PackageSummary[] = [];
  for (const m of matches) {
    const s = summaries[m.position];
    if (!s || !inCategory(s)) continue;
    items.push(s);
    if (m.exactId) exactId = s.id;
  }
  return { items: sortSummaries(items, b.sort, b.language), exactId };
}
