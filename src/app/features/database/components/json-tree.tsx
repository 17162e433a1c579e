/**
 * @module
 * A collapsible JSON tree following the ARIA tree pattern with `aria-activedescendant`: the tree
 * itself takes focus; arrows move (Right opens or enters, Left closes or goes to the parent),
 * Home/End jump, Enter or Space opens, closes or shows more. Only the rows in view are drawn
 * (@tanstack/react-virtual in its own scroll box), and only open containers are walked
 * (core/json/tree-rows.ts), so a 1000-package database opens as fast as a small one.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { TreeRow, ValueRow } from '../../../../core/json/tree-rows.ts';
import { focusRing } from '../../../components/ui.tsx';
import { useT, type Translate } from '../../../i18n/i18n.ts';

const ROW = 28;
const PREVIEW = 120;

export type TreeAction = { type: 'toggle' | 'more'; pointer: string } | { type: 'select'; pointer: string; more?: boolean };

/** A short text for a row: the value of a scalar, the size of a container. */
export function preview(row: ValueRow, t: Translate): string {
  switch (row.kind) {
    case 'object':
      return `{…} ${t('db.keys', { count: row.size })}`;
    case 'array':
      return `[…] ${t('db.items', { count: row.size })}`;
    case 'string': {
      const s = String(row.value);
      return s.length > PREVIEW ? `${JSON.stringify(s.slice(0, PREVIEW)).slice(0, -1)}…"` : JSON.stringify(s);
    }
    default:
      return String(row.value);
  }
}

const VALUE_TONE = {
  object: 'text-slate-600 dark:text-slate-400',
  array: 'text-slate-600 dark:text-slate-400',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-blue-800 dark:text-blue-300',
  boolean: 'text-purple-800 dark:text-purple-300',
  null: 'text-slate-600 dark:text-slate-400',
} as const;

export interface JsonTreeProps {
  rows: TreeRow[];
  /** Index of the active row in `rows`. */
  active: number;
  label: string;
  onAction: (a: TreeAction) => void;
  /** Bumped by the page when it moved the active row and wants the tree focused. */
  focusToken: number;
}

export function JsonTree({ rows, active, label, onAction, focusToken }: JsonTreeProps) {
  const box = useRef<HTMLDivElement>(null);
  const id = useId();
  const t = useT();
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => box.current, estimateSize: () => ROW, overscan: 10, useFlushSync: false });

  // Scrolls only when the active row is out of view, by plain arithmetic (rows have one height):
  // the virtualizer's scrollToIndex measures the box again on every call.
  useEffect(() => {
    const el = box.current;
    if (!el || active < 0) return;
    const top = active * ROW;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW - el.clientHeight;
  }, [active]);
  useEffect(() => {
    if (focusToken > 0) box.current?.focus();
  }, [focusToken]);

  const activate = (i: number) => {
    const row = rows[i];
    if (!row) return;
    if (row.type === 'more') onAction({ type: 'more', pointer: row.pointer });
    else if (row.size > 0) onAction({ type: 'toggle', pointer: row.pointer });
  };
  const select = (i: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (row) onAction({ type: 'select', pointer: row.pointer, more: row.type === 'more' });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const row = rows[active];
    if (!row) return;
    const handled = () => e.preventDefault();
    switch (e.key) {
      case 'ArrowDown':
        handled();
        return select(active + 1);
      case 'ArrowUp':
        handled();
        return select(active - 1);
      case 'Home':
        handled();
        return select(0);
      case 'End':
        handled();
        return select(rows.length - 1);
      case 'ArrowRight':
        handled();
        if (row.type === 'value' && row.size > 0) return row.expanded ? select(active + 1) : activate(active);
        return;
      case 'ArrowLeft': {
        handled();
        if (row.type === 'value' && row.expanded) return activate(active);
        const parent = row.type === 'more' ? row.pointer : row.parent;
        if (parent !== null) onAction({ type: 'select', pointer: parent });
        return;
      }
      case 'Enter':
      case ' ':
        handled();
        return activate(active);
    }
  };

  const rowId = (i: number) => `${id}-row-${i}`;
  return (
    <div
      ref={box}
      role="tree"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={active >= 0 && active < rows.length ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
      className={`h-[60vh] min-h-64 overflow-auto rounded-md border border-slate-200 bg-white font-mono text-xs dark:border-slate-700 dark:bg-slate-950 ${focusRing}`}
    >
      <div role="none" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const isActive = item.index === active;
          const common = {
            id: rowId(item.index),
            role: 'treeitem',
            'aria-level': row.level,
            'aria-selected': isActive,
            onClick: () => {
              select(item.index);
              activate(item.index);
            },
            style: { transform: `translateY(${item.start}px)`, height: ROW, paddingLeft: `${(row.level - 1) * 1.25 + 0.5}rem` },
            className: `absolute left-0 top-0 flex w-full cursor-default items-center gap-1 whitespace-nowrap pr-2 ${isActive ? 'bg-blue-100 dark:bg-blue-950 dark:ring-1 dark:ring-inset dark:ring-blue-400' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`,
          } as const;
          if (row.type === 'more') {
            return (
              <div key={item.key} {...common}>
                <span className="text-blue-800 underline dark:text-blue-300">{t('db.showMore', { count: Math.min(row.hidden, 200), hidden: row.hidden })}</span>
              </div>
            );
          }
          return (
            <div key={item.key} {...common} aria-setsize={row.setsize} aria-posinset={row.posinset} aria-expanded={row.size > 0 ? row.expanded : undefined}>
              <span aria-hidden className="inline-block w-3 text-slate-600 dark:text-slate-400">
                {row.size > 0 ? (row.expanded ? '▾' : '▸') : ''}
              </span>
              <span className="font-semibold text-slate-900 dark:text-slate-100">{row.key === null ? t('db.root') : row.key}</span>
              <span className="text-slate-600 dark:text-slate-400">:</span>
              <span className={`truncate ${VALUE_TONE[row.kind]}`}>{preview(row, t)}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
