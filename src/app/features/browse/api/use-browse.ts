/**
 * @module
 * The browse page's state: summaries (`package.index`, in the reader's language), category
 * names (`package.category.list` merged over the index's own), and the URL-held query
 * (`?q=&cat=&sort=&qsort=`) applied to them. Typing stays responsive on large indexes: the box
 * holds its own text (`use-search-text.ts`), the search runs on a deferred copy of it, and the
 * search index is rebuilt only when the summaries change (new index or new language).
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCategories } from '../../../lib/registry-queries.ts';
import { userLanguage } from '../../../lib/language.ts';
import {
  activeSort,
  browseQueryToParams,
  parseBrowseQuery,
  type BrowseQuery,
} from '../lib/browse-query.ts';
import { categoryOptions } from '../lib/category-options.ts';
import { browsePackages, createPackageSearch } from '../lib/search.ts';
import { usePackageSummaries } from './package-summaries.ts';
import { useSearchText } from './use-search-text.ts';

export function useBrowse() {
  const language = userLanguage();
  const index = usePackageSummaries(language);
  const categoryList = useCategories();
  const [params, setParams] = useSearchParams();
  const urlQuery = parseBrowseQuery(params);

  const setQuery = useCallback(
    (next: Partial<BrowseQuery>) =>
      setParams((prev) => browseQueryToParams({ ...parseBrowseQuery(prev), ...next }), {
        replace: true,
      }),
    [setParams],
  );
  const [text, setText] = useSearchText(urlQuery.q, (q) => setQuery({ q }));
  const query = { ...urlQuery, q: text };
  const deferredQ = useDeferredValue(text);
  const sort = activeSort({ ...urlQuery, q: deferredQ });

  const summaries = index.data?.summaries;
  const search = useMemo(() => createPackageSearch(summaries ?? []), [summaries]);
  const results = useMemo(
    () => browsePackages(search, { q: deferredQ, cat: urlQuery.cat, sort }),
    [search, deferredQ, urlQuery.cat, sort],
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

  return {
    index,
    /** The query as the controls show it (`q` is the box's text). */
    query,
    /** The search text the results answer (lags `query.q` while typing). */
    resultsQ: deferredQ,
    setQuery,
    setText,
    results,
    categories,
    /** True while the visible results still reflect an older search text. */
    stale: deferredQ !== text,
  };
}
