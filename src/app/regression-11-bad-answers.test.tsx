// @vitest-environment jsdom
/**
 * Regression (issue 11, item 6): registry answers were cast, not checked. `info.name` as an
 * object replaced the whole view with React error #31, and `versions: null` threw a TypeError.
 * Now the client raises `RPC_BAD_RESPONSE` naming the method and field, and the page shows it.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowsePage } from './features/browse/routes.tsx';
import { exampleIndex } from './features/browse/testing/fixtures.ts';
import { RegistryHeader } from './features/registries/registry-header.tsx';
import { renderRegistryRoute } from './testing/render-registry-route.tsx';
import { stubRegistryAnswers } from './testing/stub-registry-answers.ts';
import { LARGE_ANSWER_BYTES } from '../core/rpc/answer.ts';
import { largePackageIndex } from '../core/testing/large-index.ts';

const REGISTRY = 'http://registry.test';
let answers: Record<string, unknown> = {};

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  stubRegistryAnswers((method) => {
    if (!Object.hasOwn(answers, method)) throw new Error(`unexpected ${method}`);
    return answers[method];
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('regression 11: bad registry answers show a precise message', () => {
  it('an object as info.name', async () => {
    answers = { info: { name: { evil: true }, icon: null, categories: {} } };
    renderRegistryRoute({ registry: REGISTRY, path: '/', element: <RegistryHeader />, entry: '/' });
    expect(await screen.findByText(/info: bad answer: name: expected string, got Object/)).toBeTruthy();
  });

  it('versions: null in the package index', async () => {
    const index = exampleIndex();
    answers = {
      'package.index': { ...index, packages: { ...index.packages, bitcoind: { ...index.packages.bitcoind, versions: null } } },
      'package.category.list': index.categories,
    };
    renderRegistryRoute({ registry: REGISTRY, path: '/r/:registry', element: <BrowsePage />, entry: `/r/${encodeURIComponent(REGISTRY)}` });
    expect(await screen.findByText(/package\.index: bad answer: packages\.bitcoind\.versions: expected Object, got null/)).toBeTruthy();
  });

  it('a bad field deep in a large package index, checked on the large-answer path', async () => {
    const index = largePackageIndex(100, 10);
    Reflect.set(index.packages['pkg-99']!.versions['10.0.0:0']!, 'icon', 7);
    expect(JSON.stringify(index).length).toBeGreaterThan(LARGE_ANSWER_BYTES);
    answers = { 'package.index': index, 'package.category.list': index.categories };
    renderRegistryRoute({ registry: REGISTRY, path: '/r/:registry', element: <BrowsePage />, entry: `/r/${encodeURIComponent(REGISTRY)}` });
    expect(await screen.findByText(/package\.index: bad answer: packages\.pkg-99\.versions\.10\.0\.0:0\.icon: expected string, got 7/)).toBeTruthy();
  });
});
