/**
 * @module
 * A wide data table that scrolls horizontally inside its own focusable, labelled region, never
 * the page (asset tables of packages and OS releases): caption for screen readers, one header
 * row of column names; the caller renders the body rows.
 */
import type { ReactNode } from 'react';
import { focusRing } from './ui.tsx';

/** Cell classes shared by the rows of a ScrollTable. */
export const tableHeadCell = 'px-2 py-1.5 text-start font-medium';
export const tableCell = 'px-2 py-1.5';
export const tableRow = 'border-t border-slate-200 align-top dark:border-slate-800';

export function ScrollTable({
  label,
  caption,
  columns,
  minWidth,
  children,
}: {
  label: string;
  caption: string;
  columns: string[];
  /** Tailwind min-width class of the table, e.g. `min-w-[60rem]`. */
  minWidth: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`max-w-full overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800 ${focusRing}`}
    >
      <table className={`w-full ${minWidth} border-collapse text-sm`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            {columns.map((h) => (
              <th key={h} scope="col" className={tableHeadCell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
