/**
 * @module
 * Starts downloading a page's code when the pointer rests on a link to it or the link gets
 * keyboard focus, so the click finds it loaded. One listener pair on the document: the links
 * themselves (nav bars, cards, toasts) need no change. Hrefs are the hash router's `#/…`.
 * Also: a prefetch when the browser is idle, for the page most likely opened next.
 */
import { matchRoutes, type RouteObject } from 'react-router';
import { routePreload } from './lazy-component.tsx';

/** The route path of a link's href (`#/r/x/publish?a=1` → `/r/x/publish`), or null. */
export function routePathOfHref(href: string): string | null {
  const path = href.startsWith('#') ? href.slice(1) : href;
  if (!path.startsWith('/')) return null;
  return path.split(/[?#]/, 1)[0] ?? null;
}

/** Preloads every lazily loaded route on the way to `path`. */
export function preloadRoutePath(routes: RouteObject[], path: string): void {
  for (const m of matchRoutes(routes, path) ?? []) {
    // A failed prefetch is not an error yet: the page shows it if the click fails too.
    routePreload(m.route.handle)?.().catch(() => {});
  }
}

/** Listens for link hover and focus under `root`; returns the function that stops it. */
export function prefetchOnIntent(routes: RouteObject[], root: Document | HTMLElement = document): () => void {
  const onIntent = (e: Event) => {
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
    const path = link ? routePathOfHref(link.getAttribute('href') ?? '') : null;
    if (path !== null) preloadRoutePath(routes, path);
  };
  root.addEventListener('pointerover', onIntent, { passive: true });
  root.addEventListener('focusin', onIntent);
  return () => {
    root.removeEventListener('pointerover', onIntent);
    root.removeEventListener('focusin', onIntent);
  };
}

/**
 * Starts `preload` once the browser is idle (after the current page has painted), for the page
 * a visitor most likely opens next; returns the function that cancels it.
 */
export function prefetchWhenIdle(preload: () => Promise<unknown>): () => void {
  const run = () => void preload().catch(() => {});
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 500);
  return () => clearTimeout(timer);
}
