/**
 * @module
 * Multi-select list of packages: click toggles, Shift+click selects a stretch; from the keyboard,
 * Space toggles, Shift+Space selects the stretch from the last toggled row, ↑/↓ move and
 * Shift+↑/↓ extend. A filter narrows the rows; ranges follow what is shown.
 */
import { useId, useRef, useState, type Dispatch, type KeyboardEvent } from 'react';
import { Badge, Button } from '../../../components/ui.tsx';
import { filterRows } from '../lib/package-list.ts';
import type { Selection, SelectionAction } from '../lib/selection.ts';
import { hintClass, inputClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';

export interface PickerRow {
  id: string;
  title: string;
  badge?: string;
}

export function PackagePicker({ rows, selection, dispatch, label }: { rows: PickerRow[]; selection: Selection; dispatch: Dispatch<SelectionAction>; label: string }) {
  const [filter, setFilter] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const helpId = useId();
  const shown = filterRows(rows, filter);
  const order = shown.map((r) => r.id);
  const count = rows.filter((r) => selection.selected.has(r.id)).length;
  const t = useT();

  const focusRow = (i: number) => list.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[i]?.focus();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, id: string, i: number) => {
    if (e.key === ' ' && e.shiftKey) {
      e.preventDefault(); // no native toggle: this is a range
      dispatch({ type: 'toggle', id, range: true, order });
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const j = Math.min(shown.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)));
      const next = shown[j];
      if (next && e.shiftKey) dispatch({ type: 'toggle', id: next.id, range: true, order });
      focusRow(j);
    }
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-1 flex-col gap-1 text-sm">
          {t('picker.filter')}
          <input className={inputClass} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <Button onClick={() => dispatch({ type: 'set', ids: order, on: true })} disabled={shown.length === 0}>
          {t('picker.selectShown')}
        </Button>
        <Button onClick={() => dispatch({ type: 'clear' })} disabled={count === 0}>
          {t('picker.clear')}
        </Button>
      </div>
      <p className={hintClass} id={helpId}>
        {t('picker.help')}
      </p>
      <p className="text-sm" aria-live="polite">
        {t('picker.selected', { count, total: rows.length })}
      </p>
      <ul ref={list} className="max-h-80 divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {shown.map((r, i) => (
          <li key={r.id}>
            <label className={`flex cursor-pointer select-none items-center gap-3 px-3 py-2 text-sm ${selection.selected.has(r.id) ? 'bg-blue-50 dark:bg-blue-950' : 'hover:bg-slate-50 dark:hover:bg-slate-800'}`}>
              <input
                type="checkbox"
                className="h-4 w-4 accent-blue-700"
                checked={selection.selected.has(r.id)}
                onChange={() => undefined}
                onClick={(e) => dispatch({ type: 'toggle', id: r.id, range: e.shiftKey, order })}
                onKeyDown={(e) => onKeyDown(e, r.id, i)}
                onKeyUp={(e) => e.key === ' ' && e.shiftKey && e.preventDefault()}
                aria-describedby={helpId}
              />
              <span className="min-w-0 flex-1">
                <span className="font-medium">{r.title}</span> <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{r.id}</span>
              </span>
              {r.badge && <Badge tone="blue">{r.badge}</Badge>}
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{t('picker.noMatch')}</li>}
      </ul>
    </fieldset>
  );
}
