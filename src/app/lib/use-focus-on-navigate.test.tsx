// @vitest-environment jsdom
/**
 * After a route change the focus lands on the new page's heading (once it shows), unless the
 * new page placed the focus inside the main landmark itself; a query-string change keeps it.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { useFocusOnNavigate } from './use-focus-on-navigate.ts';

afterEach(cleanup);

function Frame() {
  useFocusOnNavigate('main');
  return (
    <>
      <nav>
        <Link to="/a">to a</Link>
        <Link to="/late">to late</Link>
        <Link to="/field">to field</Link>
        <Link to="/a?tab=2">tab 2</Link>
      </nav>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}

function Late({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setShown(true), 20);
    return () => clearTimeout(t);
  }, []);
  return shown ? children : <p>loading</p>;
}

function mount() {
  const router = createMemoryRouter(
    [
      {
        element: <Frame />,
        children: [
          { path: '/', element: <h1>Home</h1> },
          { path: '/a', element: <h1>Page A</h1> },
          { path: '/late', element: <Late><h1>Late page</h1></Late> },
          { path: '/field', element: <><h1>Form</h1><input aria-label="Own field" autoFocus /></> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const go = async (name: string) => {
  const link = screen.getByRole('link', { name });
  link.focus();
  await act(async () => link.click());
};

describe('useFocusOnNavigate', () => {
  it('leaves the first page alone, then focuses the heading of the page a nav link opened', async () => {
    mount();
    expect(document.activeElement).toBe(document.body);
    await go('to a');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Page A' }));
    expect(screen.getByRole('heading', { name: 'Page A' }).getAttribute('tabindex')).toBe('-1');
  });

  it('waits for a heading that shows later', async () => {
    mount();
    await go('to late');
    await act(() => new Promise((r) => setTimeout(r, 60)));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Late page' }));
  });

  it('keeps the focus a page placed in main itself', async () => {
    mount();
    await go('to field');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Own field' }));
  });

  it('keeps the focus when only the query string changes', async () => {
    const router = mount();
    await go('to a');
    await go('tab 2');
    expect(router.state.location.search).toBe('?tab=2');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'tab 2' }));
  });
});
