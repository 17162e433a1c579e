/**
 * @module
 * The signers × packages matrix: one row per package, one column per signer, each cell the
 * signer's scope range and the last publish seen. It scrolls in its own box with the header
 * row and the package column held in place, and draws only the rows in view
 * (@tanstack/react-virtual), so 1000 packages × 20 signers stay responsive.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { Link } from 'react-router';
import type { AccessRow, SignerSummary } from '../../../../core/registry/access-review.ts';
import { Badge, focusRing } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { paths } from '../../../lib/paths.ts';
import { SeenText } from './signer-table.tsx';

const ROW = 48;
const cell = 'border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-800';
const sticky = 'bg-white dark:bg-slate-900';

/** One package's row; memoized, so scrolling draws only the rows that come into view. */
const MatrixRow = memo(function MatrixRow({ url, row, index, signers, measure }: { url: string; row: AccessRow; index: number; signers: readonly SignerSummary[]; measure: (el: Element | null) => void }) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <th scope="row" className={`${cell} ${sticky} sticky left-0 z-10 text-start font-medium`}>
        <Link className={`break-all underline ${focusRing}`} to={paths.registry.curate.scopes.getHref(url, { pkg: row.id })}>
          {row.id}
        </Link>
      </th>
      {row.cells.map((c, i) => (
        <td key={signers[i]!.guid} className={cell}>
          {c.range !== null && <code className="block break-all text-xs">{c.range}</code>}
          {c.seen && (
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              <SeenText seen={c.seen} />
            </span>
          )}
        </td>
      ))}
    </tr>
  );
});

export function AccessMatrix({ url, signers, rows }: { url: string; signers: readonly SignerSummary[]; rows: readonly AccessRow[] }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => box.current, estimateSize: () => ROW, overscan: 8, useFlushSync: false });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={box} role="region" aria-label={t('audit.matrix')} tabIndex={0} className={`max-h-[70vh] max-w-full overflow-auto rounded-md border border-slate-200 dark:border-slate-800 ${focusRing}`}>
      <table className="min-w-full border-separate border-spacing-0 text-sm" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">{t('audit.matrixCaption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={`${cell} ${sticky} sticky left-0 top-0 z-20 min-w-40 text-start font-medium`}>
              {t('audit.col.package')}
            </th>
            {signers.map((s) => (
              <th key={s.guid} scope="col" className={`${cell} ${sticky} sticky top-0 z-10 min-w-40 text-start font-medium`}>
                <span className="break-words">{s.name || s.guid}</span> {s.admin && <Badge tone="green">{t('registry.roleAdmin')}</Badge>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={signers.length + 1} style={{ height: top, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => (
            <MatrixRow key={rows[item.index]!.id} url={url} row={rows[item.index]!} index={item.index} signers={signers} measure={virtualizer.measureElement} />
          ))}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={signers.length + 1} style={{ height: bottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
