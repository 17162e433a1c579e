/**
 * @module
 * Components downloaded on demand (issue 12 item 1). `lazyComponent` is `React.lazy` over a
 * named export, plus `preload()` to start the download before the component renders (on a
 * link's hover or focus); `lazyRoute` makes a route's element of it, and `routePreload` finds the
 * preload again from the route's `handle` (for the intent prefetcher, prefetch-on-intent.ts). The
 * catalog messages beyond the first screen (i18n.ts) load with every such component. A failed
 * download is a ChunkLoadError, which the nearest error boundary shows with a reload button.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { loadRestMessages } from '../i18n/i18n.ts';
import { loadChunk } from './chunk-load-error.ts';

export type LazyComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  preload: () => Promise<unknown>;
};

/** Route handles made by lazyRoute → their preload. */
const preloads = new WeakMap<object, () => Promise<unknown>>();

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (pending ??= Promise.all([loadChunk(load), loadChunk(loadRestMessages)]).then(
      ([component]) => ({ default: component }),
      (e: unknown) => {
        pending = null; // a later hover may try again; once rendered, only a reload does
        throw e;
      },
    ));
  return Object.assign(lazy(preload), { preload });
}

/** A route `handle` through which the intent prefetcher finds `preload`. */
export function routeHandle(preload: () => Promise<unknown>): object {
  const handle = { lazy: true };
  preloads.set(handle, preload);
  return handle;
}

/** A route's `element` and `handle` for a page downloaded when first needed. */
export function lazyRoute(load: () => Promise<ComponentType<object>>): Pick<RouteObject, 'element' | 'handle'> {
  const Page = lazyComponent(load);
  return { element: <Page />, handle: routeHandle(Page.preload) };
}

/** The preload function of a route's handle when lazyRoute made it, else null. */
export function routePreload(handle: unknown): (() => Promise<unknown>) | null {
  return typeof handle === 'object' && handle !== null ? (preloads.get(handle) ?? null) : null;
}
