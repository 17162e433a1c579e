/**
 * The built console deployed as a registry's storefront (issue 12 item 6): a `config.json`
 * beside `index.html` names the default registry, the title and hides the registry chooser; a
 * visitor lands on the packages. A malformed file shows every problem instead of the console.
 * A production build ignores a `demo` section: no key import is offered from configuration
 * and nothing is saved (item 5). All of it under the built Content-Security-Policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoRuntimeConfig } from '../src/cli/stack/demo-console.ts';
import { serveBuiltApp, startE2E, type E2E, type StaticApp } from './support/stack.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';

let env: E2E;
let page: Page;
let csp: CspWatch;
const consoleLines: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  env = await startE2E({
    demo: true,
    // the demo section as npm start writes it, key and bucket secret included
    config: (stack) => ({ ...demoRuntimeConfig(stack), title: 'Example Store', registryChooser: false }),
  });
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
});
afterAll(() => env?.close());

const registryName = () => page.getByTestId('registry-name').textContent();

describe('storefront: config.json beside the built index.html', () => {
  it("lands a visitor on the default registry's packages, with the configured title and no chooser", async () => {
    await page.goto(env.appUrl);
    await expect.poll(registryName).toBe('Demo Registry');
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/r/${encodeURIComponent(env.stack.registry.url)}`);
    await expect.poll(() => page.title()).toBe('Example Store');
    await expect.poll(() => page.locator('header').getByRole('link', { name: 'Example Store' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Registries' }).count()).toBe(0);
    expect(await page.getByLabel('Registry', { exact: true }).count()).toBe(0);

    // the home route leads back to the registry: there is nothing else to choose
    await page.goto(`${env.appUrl}#/`);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/r/${encodeURIComponent(env.stack.registry.url)}`);
    await expect.poll(registryName).toBe('Demo Registry');
  });

  it('ignores the demo section in a production build: no key import offered, nothing saved', async () => {
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import demo admin key' }).count()).toBe(0);
    expect(await page.getByText('Demo mode').count()).toBe(0);
    await expect.poll(() => consoleLines).toContain('warning: config.json: the "demo" section is ignored outside demo mode (npm start)');
    const saved = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('keyval-store');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('keyval')) return resolve(null);
            const get = db.transaction('keyval').objectStore('keyval').get('registries.v1');
            get.onsuccess = () => resolve(get.result ?? null);
          };
        }),
    );
    expect(saved).toBeNull();
    // the demo key never reached the page's storage either
    const vault = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(vault).not.toContain('PRIVATE KEY');
  });

  it('ships no demo code in the built bundle (the demo screens compile away)', () => {
    const assets = join(inject('appDir'), 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    // markers of the demo code itself, not its labels: those sit in the language catalogs
    const found = js.filter((f) => /demo mode is off|demo-passphrase|Demo admin \(throwaway\)/.test(readFileSync(join(assets, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('shows every problem of a malformed config.json instead of the console, and logs them', async () => {
    let bad: StaticApp | null = null;
    try {
      bad = await serveBuiltApp('{ "title": 5, "defaultRegistryUrl": "https://registry.example.com", "registryChooser": false }');
      const lines: string[] = [];
      const p = await env.browser.newPage();
      p.on('console', (m) => lines.push(m.text()));
      await p.goto(bad.url);
      const list = p.getByRole('alert', { name: 'Problems in config.json' });
      await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual([
        'title must be a string',
        'defaultRegistryUrl: unknown field',
        'registryChooser: false needs a defaultRegistry (otherwise no registry can be opened)',
      ]);
      await expect.poll(() => p.getByRole('heading', { name: 'This console is misconfigured' }).count()).toBe(1);
      await expect.poll(() => lines.join('\n')).toContain('config.json is not valid:\n  title must be a string');
      await p.close();
    } finally {
      await bad?.close();
    }
  });

  it('raised no page error and no policy violation', () => {
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
