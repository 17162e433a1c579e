/**
 * Browse while a large index still arrives (issue 12 item 3): the answer worker checks the
 * index package by package as it streams, and the grid shows the packages checked so far with
 * a progress line, then the count once the whole index has passed. An index that fails after
 * its first half withdraws the cards it previewed: the page shows the error instead. The
 * index is served by a proxy that holds its second half until the test releases it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './support/stack.ts';
import { startHeldIndexProxy, type HeldIndexProxy } from './support/held-index-proxy.ts';
import { largePackageIndex } from '../src/core/testing/large-index.ts';
import { a11yViolations } from './support/a11y.ts';

const PACKAGES = 60;

let env: E2E;
let proxy: HeldIndexProxy | null = null;
let page: Page | null = null;

beforeAll(async () => {
  env = await startE2E({ demo: false });
});
afterEach(async () => {
  await page?.close();
  await proxy?.close();
  page = proxy = null;
});
afterAll(() => env?.close());

/** The answer of an index of {@link PACKAGES} packages; `spoil` may break its last package. */
function indexAnswer(spoil = false): string {
  const index = largePackageIndex(PACKAGES, 3);
  if (spoil) Reflect.set(index.packages[`pkg-${PACKAGES - 1}`]!, 'versions', { '1.0.0:0': { title: 7 } });
  return JSON.stringify({ jsonrpc: '2.0', id: 1, result: index });
}

async function openHeld(answer: string): Promise<{ page: Page; proxy: HeldIndexProxy }> {
  proxy = await startHeldIndexProxy(env.stack.registry.url, answer, Math.floor(answer.length * 0.6));
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.appUrl}#/r/${encodeURIComponent(proxy.url)}`);
  return { page, proxy };
}

const cardCount = (p: Page) => p.getByRole('list', { name: 'Packages' }).getByRole('listitem').count();

describe('browsing an index that is still arriving', () => {
  it('shows the packages checked so far, then the whole list and its count', async () => {
    const { page, proxy } = await openHeld(indexAnswer());
    const progress = page.getByRole('status').filter({ hasText: /^Still loading: \d+ packages checked so far…$/ });
    await expect.poll(() => progress.count()).toBe(1);
    expect(await cardCount(page)).toBeGreaterThan(0);
    expect(await page.getByRole('list', { name: 'Packages' }).getAttribute('aria-busy')).toBe('true');
    expect(await page.getByTestId('result-count').count()).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await a11yViolations(page, `browse preview, ${colorScheme}`)).toEqual([]);
    }

    proxy.release();
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe(`${PACKAGES} packages`);
    expect(await progress.count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Packages' }).getAttribute('aria-busy')).toBeNull();
  });

  it('withdraws the previewed cards when the rest of the index fails its check', async () => {
    const { page, proxy } = await openHeld(indexAnswer(true));
    await expect.poll(() => cardCount(page)).toBeGreaterThan(0);

    proxy.release();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('package.index');
    await expect.poll(() => page.getByRole('list', { name: 'Packages' }).count()).toBe(0);
  });
});
