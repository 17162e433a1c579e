/**
 * @module
 * A ScrollTable whose rows come a page at a time (show-more.tsx): long previews render one page,
 * with the count and "Show more" under the table.
 */
import type { ComponentProps, ReactNode } from 'react';
import { ScrollTable } from './scroll-table.tsx';
import { ShowMore, useShowMore, type ShownList } from './show-more.tsx';

export function PagedScrollTable<T>({
  items,
  page,
  row,
  ...table
}: Omit<ComponentProps<typeof ScrollTable>, 'children'> & {
  items: readonly T[];
  page: number;
  /** One `<tr>` (with its key) for `item`, spreading `props` on it so it can take the focus. */
  row: (item: T, props: ReturnType<ShownList<T>['rowProps']>) => ReactNode;
}) {
  const list = useShowMore(items, page);
  return (
    <div className="flex flex-col gap-2">
      <ScrollTable {...table}>{list.shown.map((item, i) => row(item, list.rowProps(i)))}</ScrollTable>
      <ShowMore list={list} />
    </div>
  );
}
