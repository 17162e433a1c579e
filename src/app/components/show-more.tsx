/**
 * @module
 * A long list rendered a page at a time, so thousands of rows never land in one main-thread
 * task: the first `page` items, then "Show N more" (one more page each time) with a polite count
 * ("Showing 200 of 8,123"). The first row a click adds takes the focus (the button may vanish
 * with the last page); a new list starts over at one page.
 */
import { useEffect, useRef, useState, type Ref } from 'react';
import { Button } from './ui.tsx';
import { useT } from '../i18n/i18n.ts';

export interface ShownList<T> {
  /** The items to render now (a prefix of the list). */
  shown: readonly T[];
  total: number;
  page: number;
  /** Shows one more page and moves the focus to its first row. */
  more: () => void;
  /** Props for the row at `index`: the first row of the page just added can take the focus. */
  rowProps: (index: number) => { ref?: Ref<HTMLTableRowElement>; tabIndex?: number };
}

/** The first `page` items of `items`, growing on request; back to one page when `items` changes (by identity). */
export function useShowMore<T>(items: readonly T[], page: number): ShownList<T> {
  const [state, setState] = useState({ items, limit: page, focusAt: -1 });
  // a new list (another rule, a refetch) starts over: adjusted while rendering, as React advises
  const current = state.items === items ? state : { items, limit: page, focusAt: -1 };
  if (current !== state) setState(current);
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (current.focusAt >= 0) row.current?.focus();
  }, [current.focusAt]);
  return {
    shown: items.slice(0, current.limit),
    total: items.length,
    page,
    more: () => setState((s) => ({ ...s, limit: s.limit + page, focusAt: s.limit })),
    rowProps: (index) => (index === current.focusAt ? { ref: row, tabIndex: -1 } : {}),
  };
}

/** The count and the "Show more" button of a list from `useShowMore`; nothing while it fits one page. */
export function ShowMore<T>({ list }: { list: ShownList<T> }) {
  const t = useT();
  const { shown, total, page } = list;
  if (total <= page) return null;
  const rest = total - shown.length;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
        {t('list.showing', { shown: shown.length, total })}
      </p>
      {rest > 0 && <Button onClick={list.more}>{t('list.showMore', { count: Math.min(page, rest) })}</Button>}
    </div>
  );
}
