/**
 * @module
 * The package grid, virtualized by rows (@tanstack/react-virtual, window scrolling): only the
 * rows near the viewport are in the DOM, so thousands of packages stay fast. The column count
 * follows the container width. Cards have a fixed height, so rows need no measuring. Rows and
 * cards are memoized and the virtualizer does not force synchronous renders, so a scroll frame
 * renders only the rows that came into view.
 */
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { paths } from '../../../lib/paths.ts';
import type { PackageSummary } from '../lib/summaries.ts';
import { PackageCard } from './package-card.tsx';
import { useT } from '../../../i18n/i18n.ts';

const CARD_HEIGHT = 148;
const GAP = 16;
const MIN_CARD_WIDTH = 280;
const MAX_COLUMNS = 4;

/** Columns that fit `width` with cards at least {@link MIN_CARD_WIDTH} wide. */
export function columnsFor(width: number): number {
  return Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP))));
}

/** One row of cards; re-renders only when its slice of `items` or its position changes. */
const GridRow = memo(function GridRow({
  registry,
  items,
  row,
  columns,
  offset,
  exactId,
}: {
  registry: string;
  items: PackageSummary[];
  row: number;
  columns: number;
  offset: number;
  exactId: string | null;
}) {
  return (
    <div
      role="none"
      className="absolute start-0 top-0 grid w-full gap-4"
      style={{
        height: CARD_HEIGHT,
        transform: `translateY(${offset}px)`,
        gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
      }}
    >
      {items.slice(row * columns, (row + 1) * columns).map((s, i) => (
        <PackageCard
          key={s.id}
          summary={s}
          href={paths.registry.package.getHref(registry, s.id)}
          position={row * columns + i + 1}
          total={items.length}
          exact={s.id === exactId}
        />
      ))}
    </div>
  );
});

export function PackageGrid({
  registry,
  items,
  exactId,
  busy = false,
}: {
  /** The registry URL the cards link into. */
  registry: string;
  items: PackageSummary[];
  /** The package the search names by its exact id, marked on its card. */
  exactId: string | null;
  /** More packages are still arriving (a preview of the index). */
  busy?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  const [box, setBox] = useState({ width: 1024, top: 0 });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The grid's page offset changes when content above it changes height, which also resizes
    // the body: observe both.
    const ro = new ResizeObserver(() => {
      const width = el.clientWidth;
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setBox((b) => (b.width === width && b.top === top ? b : { width, top }));
    });
    ro.observe(el);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, []);

  const columns = columnsFor(box.width);
  const rows = Math.ceil(items.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => CARD_HEIGHT + GAP,
    overscan: 4,
    scrollMargin: box.top,
    // Start from where the window already is: the virtualizer writes its offset back on mount.
    initialOffset: () => window.scrollY,
    // Let React batch scroll updates instead of rendering synchronously in the scroll event.
    useFlushSync: false,
  });

  return (
    <div ref={ref}>
      <div
        role="list"
        aria-label={t('browse.title')}
        aria-busy={busy || undefined}
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <GridRow
            key={row.key}
            registry={registry}
            items={items}
            row={row.index}
            columns={columns}
            offset={row.start - box.top}
            exactId={exactId}
          />
        ))}
      </div>
    </div>
  );
}
