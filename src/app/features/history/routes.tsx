/**
 * @module
 * The local history page (`/history`, issue #14 item 5): every publish, removal and promotion
 * done in this browser, newest first, with who, what, where, when and the outcome, and an
 * export as JSON Lines whose lines carry the signatures made when they were recorded.
 */
import { useQuery } from '@tanstack/react-query';
import { encodeJsonLines, HISTORY_SIG_CONTEXT, type HistoryLine } from '../../../core/history/history-line.ts';
import { ErrorView } from '../../components/error-view.tsx';
import { Button, EmptyNote, focusRing, Spinner } from '../../components/ui.tsx';
import { useLocale, useT } from '../../i18n/i18n.ts';
import { localeTag } from '../../i18n/locales.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { listHistory, useHistoryRevision } from '../../lib/history/history-store.ts';
import { HistoryRow } from './history-row.tsx';

function download(lines: HistoryLine[]) {
  const url = URL.createObjectURL(new Blob([encodeJsonLines(lines)], { type: 'application/jsonl' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `registry-console-history-${new Date().toISOString().slice(0, 10)}.jsonl`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const th = 'px-2 py-1.5 text-start font-medium';

export function HistoryPage() {
  const t = useT();
  const tag = localeTag(useLocale());
  const revision = useHistoryRevision();
  const history = useQuery({ queryKey: ['local-history', revision], queryFn: listHistory });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold">{t('history.title')}</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('history.intro', { context: HISTORY_SIG_CONTEXT })}</p>
      </header>
      {history.isPending && <Spinner label={t('history.loading')} />}
      {history.isError && <ErrorView error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && history.data.length === 0 && <EmptyNote>{t('history.empty')}</EmptyNote>}
      {history.data && history.data.length > 0 && (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <Button onClick={() => download(history.data)}>{t('history.export', { count: history.data.length })}</Button>
            <span className="text-xs text-slate-600 dark:text-slate-400">{t('history.verifyHint')}</span>
          </div>
          <div role="region" tabIndex={0} aria-label={t('history.region')} className={`max-w-full overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800 ${focusRing}`}>
            <table className="w-full min-w-[52rem] border-collapse text-sm">
              <caption className="sr-only">{t('history.caption')}</caption>
              <thead className="bg-slate-50 dark:bg-slate-800/60">
                <tr>
                  <th scope="col" className={th}>{t('history.col.when')}</th>
                  <th scope="col" className={th}>{t('history.col.action')}</th>
                  <th scope="col" className={th}>{t('history.col.what')}</th>
                  <th scope="col" className={th}>{t('history.col.where')}</th>
                  <th scope="col" className={th}>{t('history.col.who')}</th>
                  <th scope="col" className={th}>{t('history.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {[...history.data].reverse().map((line, i) => (
                  <HistoryRow key={`${line.at}-${i}`} line={line} when={formatDateTime(Date.parse(line.at), tag)} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
