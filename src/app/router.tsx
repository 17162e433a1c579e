/**
 * @module
 * Routes (hash-based, so the static build works from any host and deep links survive a
 * reload): registries home, key vault, channel board, and per-registry browse and package pages. Each route
 * has its own error boundary. Features are composed here and never import each other.
 *
 * Code splitting (issue 12 item 1): a registry's package list is in the first download; its
 * package page follows as soon as the browser is idle; the registries home, key vault,
 * publishing, curation, metrics, OS releases, the admin overview and the access review are downloaded when first opened, or when a link to them is hovered
 * or focused (lib/prefetch-on-intent.ts).
 *
 * The tree is mounted with react-router's declarative mode (`HashRouter` + `useRoutes`, app.tsx),
 * not its data router: nothing here uses loaders, actions or fetchers, and the data router's
 * state machine would add about 17 kB gzipped to the first download.
 */
import { useEffect } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './components/layout.tsx';
import { PageOutlet } from './components/page-outlet.tsx';
import { Trans } from './i18n/trans.tsx';
import { lazyComponent, lazyRoute, routeHandle } from './lib/lazy-component.tsx';
import { prefetchWhenIdle } from './lib/prefetch-on-intent.ts';
import { paths, useRouteRegistry } from './lib/paths.ts';
import { RegistryScopeProvider } from './lib/registry-scope.tsx';
import { RegistryHeader } from './features/registries/registry-header.tsx';
import { RegistryNav } from './features/registries/registry-nav.tsx';
import { BrowsePage } from './features/browse/routes.tsx';
import { curationRoutes } from './features/curation/routes.tsx';

const PackagePage = lazyComponent(() => import('./features/package/routes.tsx').then((m) => m.PackagePage));

function Frame() {
  return (
    <Layout>
      <PageOutlet />
    </Layout>
  );
}

function NotFound() {
  return (
    <p>
      <Trans k="layout.notFound" values={{ link: (chunks) => <a className="underline" href="#/">{chunks}</a> }} />
    </p>
  );
}

function RegistryFrame() {
  // Decoded once from the raw location (paths.ts), not from react-router's decoded param.
  const url = useRouteRegistry();
  useEffect(() => prefetchWhenIdle(PackagePage.preload), []);
  if (url === null) return <NotFound />;
  return (
    <RegistryScopeProvider url={url}>
      <RegistryHeader />
      <RegistryNav />
      <PageOutlet />
    </RegistryScopeProvider>
  );
}

/** The route tree (exported for tests, which mount it in a memory router). */
export const routes: RouteObject[] = [
  {
    element: <Frame />,
    children: [
      { path: paths.home.path, ...lazyRoute(() => import('./features/registries/routes.tsx').then((m) => m.RegistriesPage)) },
      { path: paths.keys.path, ...lazyRoute(() => import('./features/keys/routes.tsx').then((m) => m.KeysPage)) },
      { path: paths.channels.path, ...lazyRoute(() => import('./features/channels/routes.tsx').then((m) => m.ChannelsPage)) },
      { path: paths.history.path, ...lazyRoute(() => import('./features/history/routes.tsx').then((m) => m.HistoryPage)) },
      { path: paths.keyCompromise.path, ...lazyRoute(() => import('./features/compromise/routes.tsx').then((m) => m.KeyCompromisePage)) },
      {
        path: paths.registry.path,
        element: <RegistryFrame />,
        children: [
          { index: true, element: <BrowsePage /> },
          { path: paths.registry.package.path, element: <PackagePage />, handle: routeHandle(PackagePage.preload) },
          { path: paths.registry.publish.path, ...lazyRoute(() => import('./features/publish/routes.tsx').then((m) => m.PublishPage)) },
          { path: paths.registry.health.path, ...lazyRoute(() => import('./features/health/routes.tsx').then((m) => m.MirrorHealthPage)) },
          { path: paths.registry.database.path, ...lazyRoute(() => import('./features/database/routes.tsx').then((m) => m.DatabasePage)) },
          { path: paths.registry.curate.path, children: curationRoutes },
          { path: paths.registry.metrics.path, ...lazyRoute(() => import('./features/metrics/routes.tsx').then((m) => m.MetricsPage)) },
          { path: paths.registry.os.path, ...lazyRoute(() => import('./features/os/routes.tsx').then((m) => m.OsReleasesPage)) },
          { path: paths.registry.overview.path, ...lazyRoute(() => import('./features/audit/routes.tsx').then((m) => m.OverviewPage)) },
          { path: paths.registry.access.path, ...lazyRoute(() => import('./features/audit/routes.tsx').then((m) => m.AccessReviewPage)) },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
