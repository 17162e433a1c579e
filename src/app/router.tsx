/**
 * @module
 * Routes (hash-based, so the static build works from any host and deep links survive a
 * reload): registries home, key vault, and per-registry browse and package pages. Each route
 * has its own error boundary. Features are composed here and never import each other.
 */
import { createHashRouter, Outlet, type RouteObject } from 'react-router';
import { Layout } from './components/layout.tsx';
import { RouteErrorBoundary } from './components/error-view.tsx';
import { paths, useRouteRegistry } from './lib/paths.ts';
import { RegistryScopeProvider } from './lib/registry-scope.tsx';
import { RegistriesPage } from './features/registries/routes.tsx';
import { RegistryHeader } from './features/registries/registry-header.tsx';
import { RegistryNav } from './features/registries/registry-nav.tsx';
import { KeysPage } from './features/keys/routes.tsx';
import { BrowsePage } from './features/browse/routes.tsx';
import { PackagePage } from './features/package/routes.tsx';
import { PublishPage } from './features/publish/routes.tsx';
import { curationRoutes } from './features/curation/routes.tsx';

function Frame() {
  return (
    <Layout>
      <RouteErrorBoundary>
        <Outlet />
      </RouteErrorBoundary>
    </Layout>
  );
}

function NotFound() {
  return (
    <p>
      This page does not exist.{' '}
      <a className="underline" href="#/">
        Go to the registries
      </a>
      .
    </p>
  );
}

function RegistryFrame() {
  // Decoded once from the raw location (paths.ts), not from react-router's decoded param.
  const url = useRouteRegistry();
  if (url === null) return <NotFound />;
  return (
    <RegistryScopeProvider url={url}>
      <RegistryHeader />
      <RegistryNav />
      <RouteErrorBoundary>
        <Outlet />
      </RouteErrorBoundary>
    </RegistryScopeProvider>
  );
}

/** The route tree (exported for tests, which mount it in a memory router). */
export const routes: RouteObject[] = [
  {
    element: <Frame />,
    children: [
      { path: paths.home.path, element: <RegistriesPage /> },
      { path: paths.keys.path, element: <KeysPage /> },
      {
        path: paths.registry.path,
        element: <RegistryFrame />,
        children: [
          { index: true, element: <BrowsePage /> },
          { path: paths.registry.package.path, element: <PackagePage /> },
          { path: paths.registry.publish.path, element: <PublishPage /> },
          { path: paths.registry.curate.path, children: curationRoutes },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createHashRouter(routes);
