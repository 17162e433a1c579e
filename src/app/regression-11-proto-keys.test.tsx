// @vitest-environment jsdom
/**
 * Regression (issue 11, item 5): a registry whose index holds the category id `__proto__` and a
 * package `constructor` with locale keys such as `toString` crashed Browse and the package page
 * for every viewer — lookups such as `categories[id]` reached `Object.prototype`. The registry
 * here answers over `fetch` with the JSON text a registry sends (`JSON.parse` makes own keys).
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setOwn } from '../core/registry/own-key.ts';
import type { PackageIndex } from '../core/rpc/types.ts';
import { renderRegistryRoute } from './testing/render-registry-route.tsx';
import { stubRegistryAnswers } from './testing/stub-registry-answers.ts';
import { PackagePage } from './features/package/routes.tsx';
import { exampleIndex, fakePackage } from './features/browse/testing/fixtures.ts';
import { BrowsePage } from './features/browse/routes.tsx';

const REGISTRY = 'http://registry.test';

function hostileIndex(): PackageIndex {
  const index = exampleIndex();
  const builders: PackageIndex['categories'][string] = { name: { toString: 'Builders', constructor: 'Bauleute' } };
  setOwn(index.categories, 'hasOwnProperty', builders);
  // `__proto__` and `constructor` are dangling ids (the registry keeps them): shown by id.
  const pkg = fakePackage('Hostile Keys', 'A package named constructor', '2026-01-01T00:00:00Z', [
    '__proto__',
    'constructor',
    'hasOwnProperty',
  ]);
  setOwn(index.packages, 'constructor', pkg);
  return index;
}

function answer(method: string): unknown {
  const index = hostileIndex();
  if (method === 'package.index') return index;
  if (method === 'package.category.list') return index.categories;
  if (method === 'package.signer.list') return {};
  throw new Error(`unexpected ${method}`);
}

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  stubRegistryAnswers(answer);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const base = `/r/${encodeURIComponent(REGISTRY)}`;

describe('regression 11: registry keys named like Object.prototype members', () => {
  it('Browse lists the package and offers the categories by their ids', async () => {
    renderRegistryRoute({ registry: REGISTRY, path: '/r/:registry', element: <BrowsePage />, entry: base });
    const list = await screen.findByRole('list', { name: 'Packages' });
    expect(within(list).getByRole('heading', { level: 2, name: 'Hostile Keys' })).toBeTruthy();
    const options = screen.getAllByRole('option').map((o) => o.textContent ?? '');
    expect(options.some((o) => o.includes('Builders'))).toBe(true);
    expect(options.some((o) => o.includes('__proto__'))).toBe(true);
    expect(options.some((o) => o.includes('constructor'))).toBe(true);
  });

  it('the package page of `constructor` shows its categories', async () => {
    renderRegistryRoute({ registry: REGISTRY, path: '/r/:registry/p/:id', element: <PackagePage />, entry: `${base}/p/constructor` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hostile Keys' })).toBeTruthy();
    expect(screen.getByText('Builders')).toBeTruthy();
    expect(screen.getByText('__proto__')).toBeTruthy();
    expect(screen.getByText('constructor')).toBeTruthy();
  });
});
