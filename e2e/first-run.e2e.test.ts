/**
 * The README's first-run path, exactly as a newcomer walks it (issue 12 item 5): `npm start`
 * (the same local stack and demo console, on free ports), open the console — it is already on
 * the demo registry — import the demo key, open Publish, use the demo bucket, drop the demo
 * `.s9pk` that is not yet published, publish. Budget: zero typed fields, at most six clicks,
 * one file drop. Clicks and typing are counted twice: by this script, and in the page from
 * trusted `click` and `input` events.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startStack, type Stack } from '../src/cli/stack/stack.ts';
import { startDemoConsole, type DemoConsole } from '../src/cli/stack/demo-console.ts';
import { launchBrowser } from './support/browser.ts';
import { dropFiles, waitRow } from './support/publish-steps.ts';

declare global {
  interface Window {
    __firstRun?: { clicks: number; typed: number };
  }
}

let dataDir: string;
let stack: Stack;
let consoleServer: DemoConsole;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
let clicks = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rc-e2e-first-run-'));
  stack = await startStack({ dataDir, registryPort: 0, bucketPort: 0, demo: true });
  consoleServer = await startDemoConsole(stack, 0, { logLevel: 'warn' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    const counts = { clicks: 0, typed: 0 };
    window.__firstRun = counts;
    document.addEventListener('click', (e) => void (e.isTrusted && counts.clicks++), true);
    // every trusted edit of a form field except choosing files (the one drop)
    document.addEventListener('input', (e) => {
      if (e.isTrusted && !(e.target instanceof HTMLInputElement && e.target.type === 'file')) counts.typed++;
    }, true);
  });
});
afterAll(async () => {
  await browser?.close();
  await consoleServer?.close();
  await stack?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function click(target: Locator): Promise<void> {
  clicks++;
  await target.click();
}

describe('first run: npm start → import the demo key → drop a demo .s9pk → publish', () => {
  it('needs no typed field, at most six clicks and one file drop', async () => {
    // the demo stack writes one package it did not publish: the newcomer's first publish
    const file = readdirSync(stack.filesDir).find((f) => f.startsWith('file-browser_'));
    expect(file).toBeDefined();
    expect(Object.keys(stack.registry.store.db.index.package.packages)).not.toContain('file-browser');

    await page.goto(consoleServer.url);
    // opened on the demo registry, already saved (it is in the registry picker)
    await expect.poll(() => page.getByTestId('registry-name').textContent(), { timeout: 60_000 }).toBe('Demo Registry');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/r/${encodeURIComponent(stack.registry.url)}`);
    // the picker lists the saved registries once they are read from IndexedDB
    await expect.poll(() => page.locator('header').getByRole('option', { name: 'Demo Registry' }).count()).toBe(1);

    await click(page.getByRole('button', { name: 'Import demo admin key' }));
    await expect.poll(() => page.getByTestId('role-badge').textContent(), { timeout: 60_000 }).toBe('Admin');

    await click(page.getByRole('navigation', { name: 'Registry sections' }).getByRole('link', { name: 'Publish' }));
    await click(page.getByRole('button', { name: 'Use the demo bucket' }));
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '', { timeout: 60_000 }).toMatch(/Unlocked for this session/);

    await dropFiles(page, join(stack.filesDir, file!));
    await waitRow(page, file!, /Verified: signature/, 120_000);
    await click(page.getByRole('button', { name: /^Publish all ready \(1\)/ }));
    await waitRow(page, file!, /Added to the registry/, 120_000);
    expect(Object.keys(stack.registry.store.db.index.package.packages)).toContain('file-browser');

    const inPage = await page.evaluate(() => window.__firstRun);
    expect({ clicks, inPage }).toEqual({ clicks: 4, inPage: { clicks: 4, typed: 0 } });
    expect(clicks).toBeLessThanOrEqual(6);
    expect(pageErrors).toEqual([]);
  });
});
