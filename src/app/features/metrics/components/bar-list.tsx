/**
 * @module
 * A ranked list of labelled counts drawn as horizontal bars (plain elements, so it reads as a
 * list without a table view); the longest bar is the largest count.
 */
import type { ReactNode } from 'react';
import { EmptyNote } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useNumbers } from './chart-card.tsx';

export interface BarItem {
  key: string;
  label: ReactNode;
  count: number;
}

export function BarList({ items, limit = 15 }: { items: BarItem[]; limit?: number }) {
  const t = useT();
  const numbers = useNumbers();
  if (items.length === 0) return <EmptyNote>{t('metrics.none')}</EmptyNote>;
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <ol className="flex flex-col gap-1.5 text-sm">
      {items.slice(0, limit).map((item) => (
        <li key={item.key} className="grid grid-cols-[minmax(0,12rem)_1fr_auto] items-center gap-2">
          <span className="truncate">{item.label}</span>
          <span className="h-3 rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden>
            <span className="block h-3 rounded-sm bg-blue-600 dark:bg-blue-400" style={{ width: `${(100 * item.count) / max}%` }} />
          </span>
          <span className="tabular-nums">{numbers.format(item.count)}</span>
        </li>
      ))}
    </ol>
  );
}
