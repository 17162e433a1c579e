// @vitest-environment jsdom
/**
 * Prefetch on intent: hovering or focusing a link starts the download of every lazy page on
 * the way to its route, once; other links, and links after stop, download nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RouteObject } from 'react-router';
import { lazyRoute } from './lazy-component.tsx';
import { prefetchOnIntent, prefetchWhenIdle, routePathOfHref } from './prefetch-on-intent.ts';

const Page = () => null;

function setup() {
  const publish = vi.fn(() => Promise.resolve(Page));
  const curate = vi.fn(() => Promise.resolve(Page));
  const routes: RouteObject[] = [
    {
      path: '/r/:registry',
      children: [
        { index: true, element: null },
        { path: 'publish', ...lazyRoute(publish) },
        { path: 'curate', children: [{ index: true, ...lazyRoute(curate) }] },
      ],
    },
  ];
  document.body.innerHTML = `
    <nav><a id="publish" href="#/r/http%3A%2F%2Fx/publish"><span id="inner">Publish</span></a>
    <a id="curate" href="#/r/http%3A%2F%2Fx/curate?tab=1">Curate</a>
    <a id="browse" href="#/r/http%3A%2F%2Fx">Packages</a>
    <a id="out" href="https://example.invalid/">Elsewhere</a></nav>`;
  const stop = prefetchOnIntent(routes);
  return { publish, curate, stop };
}

const $ = (id: string) => document.getElementById(id)!;

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('prefetchOnIntent', () => {
  it('preloads a page when the pointer enters its link (or a child of it), once', () => {
    const { publish, curate, stop } = setup();
    $('inner').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    $('publish').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(publish).toHaveBeenCalledOnce();
    expect(curate).not.toHaveBeenCalled();
    stop();
  });

  it('preloads nested lazy pages on keyboard focus, ignoring the query', () => {
    const { curate, stop } = setup();
    $('curate').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(curate).toHaveBeenCalledOnce();
    stop();
  });

  it('downloads nothing for eager pages, foreign links, or after stop', () => {
    const { publish, curate, stop } = setup();
    $('browse').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    $('out').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    stop();
    $('publish').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(publish).not.toHaveBeenCalled();
    expect(curate).not.toHaveBeenCalled();
  });
});

describe('routePathOfHref', () => {
  it('reads hash and plain hrefs, and refuses others', () => {
    expect(routePathOfHref('#/r/a%2Fb/p/x?v=1')).toBe('/r/a%2Fb/p/x');
    expect(routePathOfHref('/keys')).toBe('/keys');
    expect(routePathOfHref('https://example.invalid/')).toBeNull();
    expect(routePathOfHref('#main')).toBeNull();
  });
});

describe('prefetchWhenIdle', () => {
  it('preloads when the browser is idle, and not once cancelled', () => {
    const callbacks: (() => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => callbacks.push(cb));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const preload = vi.fn(() => Promise.resolve());
    prefetchWhenIdle(preload);
    expect(preload).not.toHaveBeenCalled();
    callbacks[0]!();
    expect(preload).toHaveBeenCalledOnce();
    const cancel = prefetchWhenIdle(preload);
    cancel();
    expect(cancelled).toEqual([2]);
  });
});
