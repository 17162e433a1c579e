/**
 * @module
 * Browse (design.md §4.6): every package of the registry as a searchable, filterable, sortable
 * grid. Needs no key: `package.index` and `package.category.list` are anonymous reads. A large
 * index shows its packages as each passes its check, with a progress line instead of the
 * count, until the whole index has passed; if it then fails, the error replaces them.
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
  // A preview is only shown while the index may still pass: its error withdraws it.
  const shown = index.data && (index.data.complete || !index.isError) ? index.data : null;
  const categoryName = categories.find((c) => c.id === query.cat)?.name ?? null;
  const count = results.items.length;
  const t = useT();

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('browse.title')}</h1>
      {index.isPending && <Spinner label={t('browse.loading')} />}
      {index.isError && <ErrorView error={index.error} onRetry={() => void index.refetch()} />}
      {shown?.complete && total === 0 && <EmptyRegistry />}
      {shown && total > 0 && (
        <>
          <BrowseToolbar
            query={query}
            text={query.q}
            onText={setText}
            categories={categories}
            onChange={setQuery}
          />
          {shown.complete ? (
            <ResultCount
              text={describeResults(t, count, { q: resultsQ, cat: query.cat }, categoryName)}
              stale={stale}
            />
          ) : (
            <Spinner label={t('browse.loadingSoFar', { count: total })} />
          )}
          {count === 0 && shown.complete ? (
            <NoMatches onClear={() => setQuery({ q: '', cat: null })} />
          ) : (
            <PackageGrid registry={url} items={results.items} exactId={results.exactId} busy={!shown.complete} />
          )}
        </>
      )}
    </div>
  );
}
