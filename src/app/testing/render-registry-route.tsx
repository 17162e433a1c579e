/**
 * @module
 * Test helper: renders one registry-scoped route as the app mounts it — a memory router, the
 * real `RegistryScopeProvider` and a fresh QueryClient (no retries, data never stale, the saved
 * registries `saved`, none by default) that `seed` fills with `setQueryData` before the first
 * render. The unlocked key signs only for a saved registry (issue 11, item 8).
 */
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { savedRegistryKeys, type SavedRegistry } from '../lib/registries.ts';
import { RegistryScopeProvider } from '../lib/registry-scope.tsx';

export interface RegistryRouteOptions {
  /** The registry URL the scope provides. */
  registry: string;
  /** The route pattern, e.g. `/r/:registry/p/:id`. */
  path: string;
  /** The page inside the scope (an `<Outlet />` when `children` are given). */
  element: ReactNode;
  children?: RouteObject[];
  /** The location to open. */
  entry: string;
  /** The saved registries (default none: the registry is opened by link, unsaved). */
  saved?: SavedRegistry[];
  seed?: (qc: QueryClient) => void;
}

export function renderRegistryRoute({
  registry,
  path,
  element,
  children,
  entry,
  saved = [],
  seed,
}: RegistryRouteOptions) {
  const qc = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  qc.setQueryData(savedRegistryKeys.all, saved);
  seed?.(qc);
  const scoped = <RegistryScopeProvider url={registry}>{element}</RegistryScopeProvider>;
  const router = createMemoryRouter([{ path, element: scoped, children }], {
    initialEntries: [entry],
  });
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { qc, router };
}
