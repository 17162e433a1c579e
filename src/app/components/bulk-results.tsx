/**
 * @module
 * Per-item outcome of a bulk run: a summary line, every failure with its reason, the successes
 * folded away, and a retry of only what failed. The summary takes the focus when the run left
 * it nowhere (the button that started it was disabled while it ran).
 */
import { useEffect, useRef } from 'react';
import { Button } from './ui.tsx';
import { bulkMessage, summarizeBulk, type BulkVerb, type ItemResult } from '../lib/bulk-run.ts';
import { describeError, type DescribedError } from '../lib/error-messages.ts';
import { useT, type Translate } from '../i18n/i18n.ts';

export interface BulkResultsProps<T> {
  results: ItemResult<T>[];
  /** How a failure reads; a feature passes its own precise messages (default `describeError`). */
  describe?: (error: unknown, t: Translate) => DescribedError;
  labelOf: (item: T) => string;
  /** What a success is called in the summary ("assigned", "cleaned"). */
  what: BulkVerb;
  onRetry?: (failed: T[]) => void;
  retrying?: boolean;
}

export function BulkResults<T>({ results, describe = describeError, labelOf, what, onRetry, retrying }: BulkResultsProps<T>) {
  const { succeeded, failed } = summarizeBulk(results);
  const t = useT();
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) summary.current?.focus();
  }, [results]);
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="bulk-results">
      <p ref={summary} tabIndex={-1} className={failed.length ? 'font-medium text-red-800 dark:text-red-300' : 'font-medium text-emerald-800 dark:text-emerald-300'}>{bulkMessage(results, what)}</p>
      {failed.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label={t('bulk.failedItems')}>
          {failed.map(({ item, error }) => {
            const d = describe(error, t);
            return (
              <li key={labelOf(item)} className="rounded border border-red-200 bg-red-50 px-2 py-1 dark:border-red-900 dark:bg-red-950">
                <span className="font-medium">✗ {labelOf(item)}</span> — {d.title}
                {d.details && <span className="block break-words font-mono text-xs opacity-80">{t('bulk.detailsWithCode', { details: d.details, code: d.code })}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {succeeded.length > 0 && (
        <details>
          <summary className="cursor-pointer">{t('bulk.succeeded', { count: succeeded.length })}</summary>
          <ul className="mt-1 flex flex-col gap-0.5">
            {succeeded.map((item) => (
              <li key={labelOf(item)}>✓ {labelOf(item)}</li>
            ))}
          </ul>
        </details>
      )}
      {failed.length > 0 && onRetry && (
        <Button className="self-start" onClick={() => onRetry(failed.map((f) => f.item))} disabled={retrying}>
          {t('bulk.retryFailed', { count: failed.length })}
        </Button>
      )}
    </div>
  );
}
