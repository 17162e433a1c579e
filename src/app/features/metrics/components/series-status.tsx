/**
 * @module
 * Progress of a time series being asked bucket by bucket, and its failure with a retry.
 */
import { Button, Spinner } from '../../../components/ui.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';
import type { Series } from '../api/use-series.ts';

export function SeriesStatus({ series, total }: { series: Pick<Series<unknown>, 'done' | 'error' | 'retry'>; total: number }) {
  const t = useT();
  if (series.error) {
    return (
      <div className="mb-3 flex flex-col gap-2">
        <ErrorView error={series.error} />
        <Button className="self-start" onClick={series.retry}>
          {t('metrics.retry')}
        </Button>
      </div>
    );
  }
  if (series.done >= total) return null;
  return (
    <p className="mb-3">
      <Spinner label={t('metrics.loadingBuckets', { done: series.done, total })} />
    </p>
  );
}
