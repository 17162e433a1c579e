// @vitest-environment jsdom
/**
 * The real route tree in a memory router: the registry parameter is decoded exactly once (a
 * registry path holding `%25` reaches the right URL), and the top bar's Browse link points at
 * the current registry. `fetch` only records where requests go and fails them.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { paths } from './lib/paths.ts';
import { savedRegistryKeys } from './lib/registries.ts';
import { routes } from './router.tsx';
import { DEFAULT_CONFIG } from './lib/runtime-config/config-schema.ts';
import { setRuntimeConfig } from './lib/runtime-config/runtime-config.ts';

const requested: string[] = [];

beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal('fetch', (input: URL | string) => {
    requested.push(String(input));
    return Promise.reject(new TypeError('offline in this test'));
  });
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  setRuntimeConfig(DEFAULT_CONFIG);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderAt(href: string) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  qc.setQueryData(savedRegistryKeys.all, []);
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: [href] })} />
    </QueryClientProvider>,
  );
}

describe('registry routes', () => {
  it('decode a registry path holding %25 once, so requests go to that registry', async () => {
    const url = 'http://registry.test/base%2541';
    renderAt(paths.registry.browse.getHref(url));
    expect((await screen.findAllByText(url)).length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(requested.length).toBeGreaterThan(0));
    expect(requested.every((r) => r === `${url}/rpc/v0`)).toBe(true);
  });

  it('link the top bar Browse entry to the current registry', async () => {
    const url = 'http://localhost:5959';
    renderAt(paths.registry.package.getHref(url, 'hello-world'));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Browse' }).getAttribute('href')).toBe(paths.registry.browse.getHref(url));
    expect(paths.registry.browse.getHref(url)).toBe('/r/http%3A%2F%2Flocalhost%3A5959');
  });
});

describe('storefront configuration (config.json)', () => {
  it('shows the title, hides the chooser and leads home to the default registry', async () => {
    const url = 'https://registry.example.com';
    setRuntimeConfig({ title: 'Example Store', defaultRegistry: url, registryChooser: false, demo: null });
    renderAt(paths.home.getHref());
    expect((await screen.findAllByText(url)).length).toBeGreaterThan(0);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Registries' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Example Store' }).getAttribute('href')).toBe(paths.registry.browse.getHref(url));
    expect(screen.queryByRole('heading', { name: 'Registries' })).toBeNull();
  });

  it('keeps the chooser by default', async () => {
    renderAt(paths.home.getHref());
    expect(await screen.findByRole('heading', { name: 'Registries' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registry Console' }).getAttribute('href')).toBe('/');
  });
});
