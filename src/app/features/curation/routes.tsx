/**
 * @module
 * Curation routes under `/r/:registry/curate` (design.md §4.5): an overview and one screen per
 * section, inside a frame that admits administrators only and holds the sub-navigation. The
 * frame and each screen are downloaded when first opened (or when a link to them is hovered).
 */
import type { RouteObject } from 'react-router';
import { lazyRoute } from '../../lib/lazy-component.tsx';
import { paths } from '../../lib/paths.ts';

export const curationRoutes: RouteObject[] = [
  {
    ...lazyRoute(() => import('./components/curate-layout.tsx').then((m) => m.CurateLayout)),
    children: [
      { index: true, ...lazyRoute(() => import('./components/curate-home.tsx').then((m) => m.CurateHome)) },
      {
        path: paths.registry.curate.categories.path,
        ...lazyRoute(() => import('./components/categories-page.tsx').then((m) => m.CategoriesPage)),
      },
      {
        path: paths.registry.curate.signers.path,
        ...lazyRoute(() => import('./components/signers-page.tsx').then((m) => m.SignersPage)),
      },
      { path: paths.registry.curate.scopes.path, ...lazyRoute(() => import('./components/scopes-page.tsx').then((m) => m.ScopesPage)) },
      {
        path: paths.registry.curate.identity.path,
        ...lazyRoute(() => import('./components/identity-page.tsx').then((m) => m.IdentityPage)),
      },
      {
        path: paths.registry.curate.retention.path,
        ...lazyRoute(() => import('./components/retention-page.tsx').then((m) => m.RetentionPage)),
      },
    ],
  },
];
