/**
 * @module
 * Curation routes under `/r/:registry/curate` (design.md §4.5): an overview and one screen per
 * section, inside a frame that admits administrators only and holds the sub-navigation.
 */
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { CategoriesPage } from './components/categories-page.tsx';
import { CurateHome } from './components/curate-home.tsx';
import { CurateLayout } from './components/curate-layout.tsx';
import { IdentityPage } from './components/identity-page.tsx';
import { ScopesPage } from './components/scopes-page.tsx';
import { SignersPage } from './components/signers-page.tsx';

export const curationRoutes: RouteObject[] = [
  {
    element: <CurateLayout />,
    children: [
      { index: true, element: <CurateHome /> },
      { path: paths.registry.curate.categories.path, element: <CategoriesPage /> },
      { path: paths.registry.curate.signers.path, element: <SignersPage /> },
      { path: paths.registry.curate.scopes.path, element: <ScopesPage /> },
      { path: paths.registry.curate.identity.path, element: <IdentityPage /> },
    ],
  },
];
