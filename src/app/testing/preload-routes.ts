/**
 * @module
 * Test helper: downloads (in tests: imports and transforms) every lazily loaded page of a route
 * tree, so that a test's waiting times measure the screen and not the first module transform,
 * which takes seconds on a loaded machine.
 */
import type { RouteObject } from 'react-router';
import { routePreload } from '../lib/lazy-component.tsx';

export async function preloadRoutes(routes: readonly RouteObject[]): Promise<void> {
  const all = (list: readonly RouteObject[]): Promise<unknown>[] =>
    list.flatMap((r) => [routePreload(r.handle)?.() ?? Promise.resolve(), ...all(r.children ?? [])]);
  await Promise.all(all(routes));
}
