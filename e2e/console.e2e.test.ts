/**
 * Console I journeys in Chromium against a real local stack: add a registry → browse →
 * search → package → variant table; import a key file → admin role; view as device hides an
 * incompatible variant; no private key bytes in any request; all of it under the built
 * Content-Security-Policy, without a single violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { startE2E, type E2E } from './support/stack.ts';
import { secretForms } from './support/secrets.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { CSP_META } from '../src/cli/build/csp.ts';

let env: E2E;
let page: Page;
const requests: Request[] = [];
const pageErrors: string[] = [];
let csp: CspWatch;

beforeAll(async () => {
  env = await startE2E();
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
});
afterAll(() => env?.close());

describe('console: browse, keys, roles, device view', () => {
  it('adds a registry by URL and browses, searches and opens a package with its variant table', async () => {
    await page.goto(env.appUrl);
    await page.getByLabel('Registry URL').fill(env.stack.registry.url.replace('http://', ''));
    await page.getByRole('button', { name: 'Add registry' }).click();
    await expect.poll(() => page.getByTestId('registry-name').textContent()).toBe('Demo Registry');
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /Nextcloud/ }).count()).toBe(1);

    await page.getByLabel('Search').fill('lightning');
    await expect.poll(() => page.getByRole('link', { name: /Nextcloud/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: /LND/ }).count()).toBe(1);
    // the results follow the box at once; the URL follows in a router transition, a little later
    await expect.poll(() => page.url()).toContain('q=lightning');

    await page.getByLabel('Search').fill('bitcoin');
    await page.getByRole('link', { name: /Bitcoin Core/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Bitcoin Core' }).count()).toBe(1);
    await expect.poll(() => page.url()).toContain('/p/bitcoind');
    const table = page.getByRole('table').first();
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const text = await table.textContent();
    expect(text).toContain('x86_64');
    expect(text).toContain('aarch64');
    expect(text).toContain('2 GiB');
  });

  it('imports a key file, unlocks it and is shown as admin; the role follows the key', async () => {
    await page.goto(`${env.appUrl}#/keys`);
    await page.locator('input[type=file]').first().setInputFiles(env.stack.adminKeyFile);
    await page.getByLabel('Key name').last().fill('Release key');
    await page.getByLabel('Passphrase', { exact: true }).last().fill('correct horse battery');
    await page.getByLabel('Confirm passphrase').last().fill('correct horse battery');
    await page.getByRole('button', { name: 'Import key' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Release key' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Unlock Release key' }).click();
    await page.getByLabel('Passphrase for Release key').fill('wrong passphrase');
    await page.getByLabel('Passphrase for Release key').press('Enter');
    await expect.poll(() => page.getByText('Wrong passphrase').count()).toBeGreaterThan(0);
    await page.getByLabel('Passphrase for Release key').fill('correct horse battery');
    await page.getByLabel('Passphrase for Release key').press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Lock Release key', exact: true }).count()).toBe(1);

    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(env.stack.registry.url)}`);
    await expect.poll(() => page.getByTestId('role-badge').textContent()).toBe('Admin');
  });

  it('view as device hides the variant an aarch64 device with 1 GiB cannot run, and says why', async () => {
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(env.stack.registry.url)}/p/bitcoind?tab=device`);
    await page.getByLabel('Architecture').selectOption('aarch64');
    await page.getByLabel('RAM (GiB)').fill('1');
    await page.getByRole('button', { name: 'Show what this device is offered' }).click();
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toMatch(/needs 2 GiB of RAM/);
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toMatch(/no build for aarch64/);
    // the device query is anonymous and never sends targetVersion (no download metric)
    const deviceCalls = requests.filter((r) => r.headers()['x-startos-device-info']);
    expect(deviceCalls.length).toBeGreaterThan(0);
    for (const r of deviceCalls) {
      expect(r.postData()).not.toContain('targetVersion');
      expect(r.headers()['x-startos-auth-sig']).toBeUndefined();
    }
  });

  it('no request ever carried private key material; signed requests were made', async () => {
    const { parsePrivateKeyPem } = await import('../src/core/sign/keys.ts');
    const { readFileSync } = await import('node:fs');
    const forms = secretForms(parsePrivateKeyPem(readFileSync(env.stack.adminKeyFile, 'utf8')));
    expect(requests.some((r) => r.headers()['x-startos-auth-sig'])).toBe(true);
    // on a saved registry only the role check and admin reads are signed; public reads never are (issue 11, item 8)
    const { requiresSignature } = await import('../src/core/rpc/client.ts');
    const methodOf = (r: (typeof requests)[number]) => (JSON.parse(r.postData() ?? '{}') as { method?: string }).method ?? '';
    const signedMethods = new Set(requests.filter((r) => r.headers()['x-startos-auth-sig']).map(methodOf));
    expect([...signedMethods].filter((m) => !requiresSignature(m))).toEqual([]);
    expect(signedMethods).toContain('index');
    expect(signedMethods).toContain('admin.list');
    for (const r of requests) {
      const blob = [r.url(), JSON.stringify(r.headers()), r.postData() ?? ''].join('\n');
      for (const f of forms) expect(blob.includes(f), `${r.method()} ${r.url()} leaks ${f}`).toBe(false);
    }
    expect(pageErrors).toEqual([]);
  });

  it('ran every journey under the built CSP meta without a violation; injected styles are refused', async () => {
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await meta.getAttribute('content')).toBe(CSP_META);
    expect(csp.violations).toEqual([]);
    // The watcher does see violations: an injected <style> element is one.
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body{}' })));
    await expect.poll(() => csp.violations.some((v) => v.startsWith('style-src'))).toBe(true);
  });
});
