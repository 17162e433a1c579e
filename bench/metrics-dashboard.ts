/**
 * @module
 * Metrics dashboard benchmark (issue 16 item 2): a stand-in seeded with a year of synthetic
 * metrics over 1000 packages (`--requests`, default 500,000 package requests and half as many
 * OS update checks), the built console in headless Chromium opened on the dashboard for the
 * last 365 days by day (730 bucket calls plus the range's breakdowns), and one package's
 * adoption. Reports the time until every number is shown, the longest main-thread task and
 * the total of tasks over 50 ms while loading, how long the table view of the versions
 * breakdown takes to appear, and the same range by week. Usage: `npm run build && tsx bench/metrics-dashboard.ts
 * [--requests N]` (reads `dist/`). Not product code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { preview } from 'vite';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { bootstrapAdmins } from '../src/server/bootstrap.ts';
import { seedMetrics, syntheticPackages } from '../src/server/metrics-seed.ts';
import { nodePorts } from '../src/server/node/node-ports.ts';
import { serve } from '../src/server/node/serve.ts';
import { openRegistry } from '../src/server/registry.ts';
import { httpS9pkFetcher } from '../src/server/s9pk-fetch.ts';
import { launchBrowser } from '../e2e/support/browser.ts';
import { importAndUnlock, saveRegistry, until } from '../e2e/support/publish-steps.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '500000' } } });
const requests = Number(values.requests);
const dir = await mkdtemp(join(tmpdir(), 'rc-bench-metrics-'));
const seed = generateSeed();
const keyFile = join(dir, 'admin.key.pem');
writeFileSync(keyFile, encodePrivateKeyPem(seed));

const registry = await openRegistry({ ports: nodePorts(join(dir, 'data')), config: { hostnames: ['localhost'], strictNonce: false, osVersion: '0.4.0' }, fetcher: httpS9pkFetcher() });
await bootstrapAdmins(registry.store, [encodePublicKeyPem(publicKeyFromSeed(seed))]);
let t = performance.now();
registry.metrics.addRows(seedMetrics({ requests, packages: syntheticPackages(1000), now: new Date() }));
await registry.metrics.flush();
const seedMs = performance.now() - t;
const { server, url: raw } = await serve(registry.handler, { host: '127.0.0.1', port: 0 });
const url = raw.replace('127.0.0.1', 'localhost');
const app = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const appUrl = app.resolvedUrls?.local[0] ?? '';
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await importAndUnlock(page, appUrl, keyFile, 'Bench admin');
  await saveRegistry(page, appUrl, url);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const range = `from=${day(Date.now() - 364 * 86_400_000)}&to=${day(Date.now())}&by=day`;
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  t = performance.now();
  await page.goto(`${appUrl}#/r/${encodeURIComponent(url)}/metrics?${range}`);
  await until(() => page.locator('[data-range]').allTextContents(), (v) => v.length === 3 && !v.includes('…'), 300_000, 'the totals');
  await until(() => page.getByText(/^Loaded \d+ of \d+ periods/).count(), (n) => n === 0, 300_000, 'every period');
  const loadMs = performance.now() - t;
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const card = page.locator('section', { has: page.getByRole('heading', { name: 'Install/update lookups by version offered' }) });
  t = performance.now();
  await card.getByRole('button', { name: 'Table view' }).click();
  await card.locator('tbody tr').first().waitFor();
  const tableMs = performance.now() - t;
  t = performance.now();
  await page.goto(`${appUrl}#/r/${encodeURIComponent(url)}/metrics?${range}&pkg=app-0001`);
  await until(() => page.getByText(/^Loaded \d+ of \d+ periods/).count(), (n) => n === 0, 300_000, 'the adoption periods');
  const adoptionMs = performance.now() - t;
  await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
  t = performance.now();
  await page.goto(`${appUrl}#/r/${encodeURIComponent(url)}/metrics?${range.replace('by=day', 'by=week')}`);
  await until(() => page.getByText(/^Loaded \d+ of \d+ periods/).count(), (n) => n === 0, 300_000, 'every week');
  const weekMs = performance.now() - t;
  const weekLong = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const rows = {
    requests,
    checkins: Math.ceil(requests / 2),
    'seed (s)': (seedMs / 1000).toFixed(1),
    'dashboard, 365 days by day: all numbers (s)': (loadMs / 1000).toFixed(1),
    'longest main-thread task while loading (ms)': Math.round(Math.max(0, ...long)),
    'tasks over 50 ms while loading': long.length,
    'their total (ms)': Math.round(long.reduce((a, b) => a + b, 0)),
    'versions table view shown (ms)': Math.round(tableMs),
    'adoption of app-0001, 365 days (s)': (adoptionMs / 1000).toFixed(1),
    'dashboard, 365 days by week, after the above (s)': (weekMs / 1000).toFixed(1),
    'by week: longest task (ms)': Math.round(Math.max(0, ...weekLong)),
    'by week: tasks over 50 ms': weekLong.length,
  };
  console.table(rows);
} finally {
  await browser.close();
  await new Promise<void>((r) => app.httpServer.close(() => r()));
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
