/**
 * The catalogs as the production build ships them (issue 12 item 1): compiled, and split into
 * the first screen's messages and the rest. Every visitor downloads their language's
 * first-screen slice (English's is not in the entry either) before anything renders, so no
 * catalog key ever shows, not even for a frame; the rest arrives with the first page loaded on
 * demand, which then shows translated text — never a catalog key.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './support/stack.ts';
import { paths } from '../src/app/lib/paths.ts';

const keys = Object.keys(JSON.parse(readFileSync(new URL('../src/app/i18n/catalogs/en_US.json', import.meta.url), 'utf8')) as object);

let env: E2E;
beforeAll(async () => {
  env = await startE2E();
});
afterAll(() => env?.close());

/** A fresh page in `locale` (the remembered choice), recording the catalog chunks it fetches. */
async function openIn(locale: string): Promise<{ page: Page; catalogs: string[] }> {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((l) => localStorage.setItem('registry-console.language', l), locale);
  // Every text the page ever shows, to catch a key painted for a moment.
  await page.addInitScript(() => {
    const texts: string[] = [];
    Object.assign(window, { shownTexts: texts });
    new MutationObserver(() => texts.push(document.body.innerText)).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const catalogs: string[] = [];
  page.on('request', (r) => {
    const m = /\/([a-z]{2}_[A-Z]{2}-(?:first|rest))-[\w-]+\.js$/.exec(r.url());
    if (m) catalogs.push(m[1]!);
  });
  return { page, catalogs };
}

/** Catalog keys shown as text at any time (a message missing when its page rendered). */
async function keysShown(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => ('shownTexts' in window && Array.isArray(window.shownTexts) ? window.shownTexts.map(String) : []));
  texts.push(await page.locator('body').innerText());
  return keys.filter((k) => texts.some((text) => text.includes(k)));
}

const browseHref = () => `#${paths.registry.browse.getHref(env.stack.registry.url)}`;
const packageHref = (id: string) => `#${paths.registry.package.getHref(env.stack.registry.url, id)}`;

describe('catalog slices in the built console', () => {
  it('shows the package list in English with its first slice, then a page on demand with the rest', async () => {
    const { page, catalogs } = await openIn('en_US');
    await page.goto(`${env.appUrl}${browseHref()}`);
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByLabel('Search').count()).toBe(1);
    await page.getByRole('link', { name: /Bitcoin Core/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Hardware variants/ }).count(), { timeout: 60_000 }).toBe(1);
    expect(await keysShown(page)).toEqual([]);
    expect(catalogs).toEqual(['en_US-first', 'en_US-rest']);
    await page.close();
  });

  it('shows the package list in German with its first slice, and a page on demand in German', async () => {
    const { page, catalogs } = await openIn('de_DE');
    await page.goto(`${env.appUrl}${browseHref()}`);
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByLabel('Suchen').count()).toBe(1);
    expect(catalogs[0]).toBe('de_DE-first');
    await page.goto(`${env.appUrl}${packageHref('bitcoind')}`);
    await expect.poll(() => page.getByRole('heading', { name: /^Hardware-Varianten/ }).count(), { timeout: 60_000 }).toBe(1);
    expect(await keysShown(page)).toEqual([]);
    expect(catalogs).toContain('de_DE-rest');
    expect(catalogs.filter((c) => c.startsWith('en_US'))).toEqual([]);
    await page.close();
  });
});
