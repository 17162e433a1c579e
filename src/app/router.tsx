/**
 * @module
 * Routes (hash-based, so the static build works from any host and deep links survive a
 * reload): registries home, key vault, and per-registry browse and package pages. Each route
 * has its own error boundary. Features are composed here and never import each other.
 */
import { createHashRouter, Outlet, useParams } from 'react-router';
import { Layout } from './components/layout.tsx';
import { RouteErrorBoundary } from './components/error-view.tsx';
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

function RegistryFrame() {
  const { registry = '' } = useParams();
  const url = decodeURIComponent(registry);
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

export const router = createHashRouter([
  {
    element: <Frame />,
    children: [
      { path: '/', element: <RegistriesPage /> },
      { path: '/keys', element: <KeysPage /> },
      {
        path: '/r/:registry',
        element: <RegistryFrame />,
        children: [
          { index: true, element: <BrowsePage /> },
          { path: 'p/:id', element: <PackagePage /> },
          { path: 'publish', element: <PublishPage /> },
          { path: 'curate', children: curationRoutes },
        ],
      },
      { path: '*', element: <p>This page does not exist. <a className="underline" href="#/">Go to the registries</a>.</p> },
    ],
  },
]);
