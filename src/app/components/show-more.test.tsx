// @vitest-environment jsdom
/**
 * The page-at-a-time list: one page rendered, a polite count, "Show N more" adds a page and
 * hands the focus to the first row it added, and a new list starts over at one page.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShowMore, useShowMore } from './show-more.tsx';

afterEach(cleanup);

function Table({ items }: { items: readonly string[] }) {
  const list = useShowMore(items, 20);
  return (
    <>
      <table>
        <tbody>
          {list.shown.map((item, i) => (
            <tr key={item} {...list.rowProps(i)}>
              <td>{item}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore list={list} />
    </>
  );
}

const items = (n: number, prefix = 'row') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
const rows = () => screen.queryAllByRole('row').map((r) => r.textContent);

describe('ShowMore', () => {
  it('renders one page, then a page per click with the focus on the first new row, until all are shown', () => {
    render(<Table items={items(45)} />);
    expect(rows()).toHaveLength(20);
    expect(screen.getByRole('status').textContent).toBe('Showing 20 of 45');
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(rows()).toHaveLength(40);
    expect(document.activeElement?.textContent).toBe('row 21');
    expect(screen.getByRole('status').textContent).toBe('Showing 40 of 45');
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(rows()).toHaveLength(45);
    expect(document.activeElement?.textContent).toBe('row 41');
    expect(screen.getByRole('status').textContent).toBe('Showing 45 of 45');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows no count or button while the list fits one page', () => {
    render(<Table items={items(20)} />);
    expect(rows()).toHaveLength(20);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('starts over at one page when the list changes', () => {
    const { rerender } = render(<Table items={items(45)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(rows()).toHaveLength(40);
    rerender(<Table items={items(30, 'other')} />);
    expect(rows()).toHaveLength(20);
    expect(rows()[0]).toBe('other 1');
    expect(screen.getByRole('status').textContent).toBe('Showing 20 of 30');
    expect(document.activeElement).toBe(document.body);
  });
});
