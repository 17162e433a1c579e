/**
 * @module
 * Browse (design.md §4.6): every package of the registry as a searchable, filterable, sortable
 * grid. Needs no key: `package.index` and `package.category.list` are anonymous reads.
 */
import { ErrorView } from '../../components/error-view.tsx';
import { Spinner } from '../../components/ui.tsx';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useBrowse } from './api/use-browse.ts';
import { BrowseToolbar } from './components/browse-toolbar.tsx';
import { EmptyRegistry, NoMatches, ResultCount } from './components/browse-status.tsx';
import { PackageGrid } from './components/package-grid.tsx';
import { describeResults } from './lib/browse-query.ts';
import { useT } from '../../i18n/i18n.ts';

export function BrowsePage() {
  const { url } = useRegistryScope();
  const { index, query, resultsQ, setQuery, setText, results, categories, stale } = useBrowse();
  const total = index.data?.summaries.length ?? 0;
  const categoryName = categories.find((c) => c.id === query.cat)?.name ?? null;
  const count = results.items.length;
  const t = useT();

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('browse.title')}</h1>
      {index.isPending && <Spinner label={t('browse.loading')} />}
      {index.isError && <ErrorView error={index.error} onRetry={() => void index.refetch()} />}
      {index.data && total === 0 && <EmptyRegistry />}
      {index.data && total > 0 && (
        <>
          <BrowseToolbar
            query={query}
            text={query.q}
            onText={setText}
            categories={categories}
            onChange={setQuery}
          />
          <ResultCount
            text={describeResults(t, count, { q: resultsQ, cat: query.cat }, categoryName)}
            stale={stale}
          />
          {count === 0 ? (
            <NoMatches onClear={() => setQuery({ q: '', cat: null })} />
          ) : (
            <PackageGrid registry={url} items={results.items} exactId={results.exactId} />
          )}
        </>
      )}
    </div>
  );
}
