/**
 * The metrics dashboard (issue 16 item 2) against a stand-in seeded with a year of synthetic
 * metrics: every number it shows — totals, each week of both time series, the package and
 * all-time breakdowns and one package's version adoption — equals the registry's own answer
 * to the same `metrics.*` call, under the built CSP without a violation. Set
 * METRICS_SCREENSHOTS=<dir> to save the page in light and dark, desktop and 390 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { makeBuckets, rangeWindow } from '../src/app/lib/metrics-buckets.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';
import { startE2E, type E2E } from './support/stack.ts';

let env: E2E;
let page: Page;
let csp: CspWatch;
const pageErrors: string[] = [];
const shots = process.env.METRICS_SCREENSHOTS;
const numbers = new Intl.NumberFormat('en-US');

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const to = day(Date.now());
const from = day(Date.now() - 364 * 86_400_000);
const admin = () => createRegistryClient({ url: env.stack.registry.url, signer: seedSigner(env.stack.adminSeed) });
const dashboard = (extra = '') => `${env.appUrl}#/r/${encodeURIComponent(env.stack.registry.url)}/metrics?from=${from}&to=${to}&by=week${extra}`;
const card = (title: string | RegExp): Locator => page.locator('section', { has: page.getByRole('heading', { name: title }) });

/** The rows of a card's table view, as text cells. */
async function tableOf(title: string | RegExp): Promise<string[][]> {
  const c = card(title);
  const toggle = c.getByRole('button', { name: 'Table view' });
  await toggle.click();
  // read the rows once the table is drawn, and leave only once the chart is back
  await c.locator('table').waitFor({ timeout: 30_000 });
  const rows = await c.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  await toggle.click();
  await c.locator('table').waitFor({ state: 'detached', timeout: 30_000 });
  return rows;
}

async function loaded() {
  await until(() => page.getByText(/^Loaded \d+ of \d+ periods/).count(), (n) => n === 0, 120_000, 'every period');
  await until(() => page.locator('[data-range]').allTextContents(), (t) => t.length === 3 && !t.includes('…'), 60_000, 'the totals');
  await until(() => card('Top packages by install/update lookups').locator('li').count(), (n) => n > 0, 60_000, 'the breakdowns');
}

async function snap(name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(shots, `${name}-${scheme}-desktop.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(shots, `${name}-${scheme}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

beforeAll(async () => {
  env = await startE2E();
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
  await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
  expect(await saveRegistry(page, env.appUrl, env.stack.registry.url)).toBe('Admin');
});
afterAll(() => env?.close());

describe('metrics dashboard', () => {
  it('is an admin section of the registry', async () => {
    await page.getByRole('navigation', { name: 'Registry sections' }).getByRole('link', { name: 'Metrics' }).click();
    await until(() => page.getByRole('heading', { name: 'Metrics', level: 1 }).count(), (n) => n === 1, 30_000, 'the dashboard');
  });

  it('shows the totals and weekly series the registry answers for a year', async () => {
    await page.goto(dashboard());
    await loaded();
    const window = rangeWindow(from, to);
    const [downloads, users, summary] = await Promise.all([admin().api.metrics.downloads(window), admin().api.metrics.users(window), admin().api.metrics.summary()]);
    expect(downloads.totalRequests).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-range]').allTextContents()).toEqual([downloads.totalRequests, users.totalCheckins, users.uniqueServers].map((n) => numbers.format(n)));
    // the all-time totals are their own query (metrics.summary)
    await expect.poll(() => page.locator('[data-total] dd:last-child').allTextContents()).toEqual(
      [summary.totalPackageRequests, summary.totalCheckins, summary.uniqueServers].map((n) => `${numbers.format(n)} all time`),
    );

    const buckets = makeBuckets(from, to, 'week');
    const perBucket = await Promise.all(buckets.map(async (b) => [await admin().api.metrics.downloads(b), await admin().api.metrics.users(b)] as const));
    expect(await tableOf('Install/update lookups per week')).toEqual(buckets.map((b, i) => [b.label, numbers.format(perBucket[i]![0].totalRequests)]));
    expect(await tableOf('OS update checks per week')).toEqual(
      buckets.map((b, i) => [b.label, numbers.format(perBucket[i]![1].totalCheckins), numbers.format(perBucket[i]![1].uniqueServers)]),
    );
    expect(perBucket.reduce((n, [d]) => n + d.totalRequests, 0)).toBe(downloads.totalRequests);
    await snap('metrics');
  });

  it('breaks the range down by package and version, and all time by architecture and OS version', async () => {
    const window = rangeWindow(from, to);
    const [downloads, summary] = await Promise.all([admin().api.metrics.downloads(window), admin().api.metrics.summary()]);
    expect(await tableOf('Top packages by install/update lookups')).toEqual(downloads.byPackage.map((e) => [e.label, numbers.format(e.count)]));
    expect(await tableOf('Install/update lookups by version offered')).toEqual(downloads.byPackageVersion.map((e) => [e.pkgId, e.version, numbers.format(e.count)]));
    expect(await tableOf('OS update checks by architecture (all time)')).toEqual(summary.byArch.map((e) => [e.label, numbers.format(e.count)]));
    expect(await tableOf('OS update checks by OS version (all time)')).toEqual(summary.byOsVersion.map((e) => [e.label, numbers.format(e.count)]));
  });

  it("opens a top package's version adoption, week by week as the registry answers it", async () => {
    const top = (await admin().api.metrics.downloads(rangeWindow(from, to))).byPackage[0]!.label;
    await card('Top packages by install/update lookups').getByRole('link', { name: top }).click();
    await until(() => page.getByRole('heading', { name: `Version adoption: ${top}` }).count(), (n) => n === 1, 30_000, 'the adoption card');
    await loaded();
    const buckets = makeBuckets(from, to, 'week');
    const answers = await Promise.all(buckets.map((b) => admin().api.metrics.downloads({ pkgId: top, ...b })));
    const rows = await tableOf(`Version adoption: ${top}`);
    const header = await card(`Version adoption: ${top}`).locator('thead th').allTextContents();
    expect(rows).toHaveLength(buckets.length);
    for (const [i, row] of rows.entries()) {
      const total = answers[i]!.totalRequests;
      expect(row.slice(1).reduce((n, c) => n + Number(c.replace(/,/g, '')), 0), `week ${buckets[i]!.label} of ${header.join(' | ')}`).toBe(total);
    }
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    await snap('metrics-adoption');
  });

  it('ran without a page error or a CSP violation', () => {
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
