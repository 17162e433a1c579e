// @vitest-environment jsdom
/**
 * Pages downloaded on demand: a loading state with role=status while the chunk arrives; one
 * download however often it is preloaded; and a failed download becomes an error view that
 * offers a reload (the browser never retries a failed module import), not "Try again".
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { PageOutlet } from '../components/page-outlet.tsx';
import { translate } from '../i18n/i18n.ts';
import { lazyComponent, lazyRoute, routePreload } from './lazy-component.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function Hello() {
  return <p>Hello from the chunk</p>;
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderPage(route: ReturnType<typeof lazyRoute>) {
  const router = createMemoryRouter([{ path: '/', element: <PageOutlet />, children: [{ index: true, ...route }] }]);
  render(<RouterProvider router={router} />);
}

describe('lazyRoute', () => {
  it('shows a loading status until the page arrives', async () => {
    const chunk = deferred<typeof Hello>();
    renderPage(lazyRoute(() => chunk.promise));
    expect((await screen.findByRole('status')).textContent).toContain(translate('common.loadingPage'));
    chunk.resolve(Hello);
    expect(await screen.findByText('Hello from the chunk')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a failed download as an error with a reload button', async () => {
    const reload = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the boundary logs what it caught
    vi.stubGlobal('location', { ...window.location, reload });
    renderPage(lazyRoute(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(translate('errors.chunkLoad'));
    expect(alert.textContent).toContain('CHUNK_LOAD_FAILED');
    expect(screen.queryByRole('button', { name: translate('error.tryAgain') })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: translate('error.reload') }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('keeps its preload in the route handle; plain handles have none', () => {
    const route = lazyRoute(() => Promise.resolve(Hello));
    expect(routePreload(route.handle)).toBeTypeOf('function');
    expect(routePreload({ preload: () => Promise.resolve() })).toBeNull();
    expect(routePreload(undefined)).toBeNull();
  });
});

describe('lazyComponent.preload', () => {
  it('downloads once however often it is called, and again after a failure', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue(Hello);
    const Page = lazyComponent(load);
    await expect(Page.preload()).rejects.toMatchObject({ code: 'CHUNK_LOAD_FAILED' });
    await Promise.all([Page.preload(), Page.preload()]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
