/**
 * @module
 * A dashboard card: a title, a line saying exactly what is counted, the chart or — at the
 * press of a button — the same numbers as a table, and a CSV download of those numbers.
 */
import { useId, useState, type ReactNode } from 'react';
import { Button, Panel } from '../../../components/ui.tsx';
import { toCsv, downloadText } from '../../../lib/csv.ts';
import { useLocale, useT } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';

/** Rows a table view draws; the CSV holds every row. */
const TABLE_ROWS = 500;

/** Whole numbers in the active locale. */
export function useNumbers(): Intl.NumberFormat {
  return new Intl.NumberFormat(localeTag(useLocale()));
}

export interface CardTable {
  header: string[];
  rows: (string | number)[][];
  /** File name of the CSV download, without `.csv`. */
  file: string;
}

export function ChartCard({ title, about, table, status, children }: { title: string; about: ReactNode; table: CardTable; status?: ReactNode; children: ReactNode }) {
  const t = useT();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const numbers = useNumbers();
  return (
    <Panel
      title={<span id={headingId}>{title}</span>}
      actions={
        <div className="flex flex-wrap gap-2">
          <Button tone="ghost" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {t('metrics.showTable')}
          </Button>
          <Button tone="ghost" onClick={() => downloadText(`${table.file}.csv`, toCsv(table.header, table.rows))} disabled={table.rows.length === 0}>
            {t('metrics.downloadCsv')}
          </Button>
        </div>
      }
    >
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">{about}</p>
      {status}
      {asTable ? (
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="w-full text-left text-sm">
            <thead className="sticky top-0 bg-white dark:bg-slate-900">
              <tr>
                {table.header.map((h, i) => (
                  <th key={h} scope="col" className={`px-2 py-1 font-medium ${i > 0 ? 'text-right' : ''}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, TABLE_ROWS).map((r, i) => (
                <tr key={i} className="border-t border-slate-100 dark:border-slate-800">
                  {r.map((c, j) => (
                    <td key={j} className={`px-2 py-1 ${typeof c === 'number' ? 'text-right tabular-nums' : 'break-all'}`}>
                      {typeof c === 'number' ? numbers.format(c) : c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {table.rows.length > TABLE_ROWS && (
            <p className="p-2 text-xs text-slate-600 dark:text-slate-400">{t('metrics.showingFirst', { shown: TABLE_ROWS, total: table.rows.length })}</p>
          )}
        </div>
      ) : (
        children
      )}
    </Panel>
  );
}
