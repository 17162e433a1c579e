/**
 * @module
 * The browse page's state: summaries (`package.index`, in the reader's language), category
 * names (`package.category.list` merged over the index's own), and the URL-held query
 * (`?q=&cat=&sort=&qsort=`) applied to them. Typing stays responsive on large indexes: the box
 * holds its own text (`use-search-text.ts`), and indexing and searching run in a worker
 * (`use-search-matches.ts`), re-indexed only when the summaries change (new index or new
 * language).
 */
import { useCallback, useMemo } from 'react';
import { useCategories } from '../../../lib/registry-queries.ts';
import { useContentLanguage } from '../../../lib/language.ts';
import {
  activeSort,
  browseQueryToParams,
  parseBrowseQuery,
  type BrowseQuery,
} from '../lib/browse-query.ts';
import { categoryOptions } from '../lib/category-options.ts';
import { browsePackages } from '../lib/browse-results.ts';
import { usePackageSummaries } from './package-summaries.ts';
import { useSearchMatches } from './use-search-matches.ts';
import { useSearchText } from './use-search-text.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function useBrowse() {
  // Subscribes to the language choice: switching it re-summarizes the index in the new
  // language, which rebuilds the search worker's index too.
  const language = useContentLanguage();
  const index = usePackageSummaries(language);
  const categoryList = useCategories();
  const [params, setParams] = useAddressParams();
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
  const summaries = index.data?.summaries;
  // A preview grows with every batch: the search worker indexes the complete list only.
  const { matches, answered } = useSearchMatches(index.data?.complete ? summaries : undefined, text);
  const sort = activeSort({ ...urlQuery, q: answered });
  const results = useMemo(
    () => browsePackages(summaries ?? [], matches, { cat: urlQuery.cat, sort, language }),
    [summaries, matches, urlQuery.cat, sort, language],
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
    resultsQ: answered,
    setQuery,
    setText,
    results,
    categories,
    /** True while the visible results still reflect an older search text. */
    stale: answered !== text,
  };
}
