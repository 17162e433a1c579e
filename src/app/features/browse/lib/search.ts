/**
 * @module
 * Search of package summaries: fuse.js over title, id and short description; the searcher is
 * built once per summary list. `browsePackages` applies search, category filter and sort.
 */
import Fuse from 'fuse.js';
import type { PackageSummary } from './summaries.ts';
import { sortSummaries, type BrowseQuery } from './browse-query.ts';

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

/** Search, then category filter, then sort. */
export function browsePackages(search: PackageSearch, b: BrowseQuery): PackageSummary[] {
  const found = search(b.q);
  const filtered = b.cat === null ? found : found.filter((s) => s.categories.includes(b.cat!));
  return sortSummaries(filtered, b.sort);
}
