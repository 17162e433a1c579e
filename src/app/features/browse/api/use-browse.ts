/**
 * @module
 * The browse page's state: summaries (`package.index`), category names (`package.category.list`
 * merged over the index's own), and the URL-held query (`?q=&cat=&sort=`) applied to them.
 * Typing stays responsive on large indexes: the search runs on a deferred copy of `q`, and the
 * fuzzy index is rebuilt only when the summaries change.
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCategories } from '../../../lib/registry-queries.ts';
import { userLanguage } from '../../../lib/language.ts';
import { browseQueryToParams, parseBrowseQuery, type BrowseQuery } from '../lib/browse-query.ts';
import { categoryOptions } from '../lib/category-options.ts';
import { browsePackages, createPackageSearch } from '../lib/search.ts';
import { usePackageSummaries } from './package-summaries.ts';

export function useBrowse() {
  const language = userLanguage();
  const index = usePackageSummaries(language);
  const categoryList = useCategories();
  const [params, setParams] = useSearchParams();
  const query = parseBrowseQuery(params);
  const deferredQ = useDeferredValue(query.q);

  const summaries = index.data?.summaries;
  const search = useMemo(() => createPackageSearch(summaries ?? []), [summaries]);
  const results = useMemo(
    () => browsePackages(search, { q: deferredQ, cat: query.cat, sort: query.sort }),
    [search, deferredQ, query.cat, query.sort],
  );
  const categories = useMemo(
    () =>
      categoryOptions(
        { ...index.data?.categories, ...categoryList.data },
        summaries ?? [],
        language,
      ),
    [index.data?.categories, categoryList.data, summaries, language],
  );

  const setQuery = useCallback(
    (next: Partial<BrowseQuery>) =>
      setParams((prev) => browseQueryToParams({ ...parseBrowseQuery(prev), ...next }), {
        replace: true,
      }),
    [setParams],
  );

  return {
    index,
    query,
    setQuery,
    results,
    categories,
    /** True while the visible results still reflect an older search text. */
    stale: deferredQ !== query.q,
  };
}
