/**
 * Access review and admin overview in Chromium (issue #17 items 4 and 6) on the demo stack made
 * to hold every case spec §7 names: a scoped signer that published inside its range, a key
 * attached to two signers, the demo's single administrator without contact information, and a
 * variant whose only signer was removed (signed by no registered signer). The matrix shows
 * them, each warning appears and links to where it is fixed, the CSV holds the expected rows,
 * and the overview's counts equal the registry's own answers. Set ACCESS_SCREENSHOTS=<dir> to
 * save screenshots.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { dayOf, rangeWindow } from '../src/app/lib/metrics-buckets.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { importAndUnlock, saveRegistry, unlockKey, until } from './support/publish-steps.ts';
import { snapThemes } from './support/screenshots.ts';
import { publishHello } from './support/publish-hello.ts';
import { startE2E, type E2E } from './support/stack.ts';

let env: E2E;
let page: Page;
let csp: CspWatch;
const pageErrors: string[] = [];
const shots = process.env.ACCESS_SCREENSHOTS;
const registryUrl = () => env.stack.registry.url;
const route = (rest: string) => `${env.appUrl}#/r/${encodeURIComponent(registryUrl())}${rest}`;
const admin = () => createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });

const samSeed = generateSeed();
const goneSeed = generateSeed();
const sharedPem = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
const guids = { sam: '', twinA: '', twinB: '', admin: '' };
let samRange = '';

beforeAll(async () => {
  env = await startE2E();
  const a = admin();
  guids.admin = Object.keys(await a.api.admin.list())[0]!;
  guids.sam = await a.api.admin.signer.add({ name: 'Scoped Sam', contact: [{ email: 'sam@example.com' }], keys: [encodePublicKeyPem(publicKeyFromSeed(samSeed))] });
  await a.api.package.signer.add({ id: 'hello-world', signer: guids.sam, versions: '>=1.0.0:0 <2.0.0:0', merge: false });
  await publishHello(env.stack, '1.5.0:0', samSeed);
  guids.twinA = await a.api.admin.signer.add({ name: 'Twin A', contact: [{ matrix: '@a:example.org' }], keys: [sharedPem] });
  // admin.signer.add refuses a key another signer holds; admin.signer.edit does not (spec §4.7)
  guids.twinB = await a.api.admin.signer.add({ name: 'Twin B', contact: [{ matrix: '@b:example.org' }], keys: [] });
  await a.api.admin.signer.edit({ id: guids.twinB, addKey: [sharedPem], removeKey: [], addContact: [], removeContact: [] });
  // a signer publishes with its own key as developer key, then is removed: nobody known signed it
  const gone = await a.api.admin.signer.add({ name: 'Gone', contact: [], keys: [encodePublicKeyPem(publicKeyFromSeed(goneSeed))] });
  await a.api.package.signer.add({ id: 'hello-world', signer: gone, versions: '*', merge: false });
  await publishHello(env.stack, '1.6.0:0', goneSeed);
  await a.api.admin.signer.remove({ id: gone });
  samRange = (await a.api.package.signer.list({ id: 'hello-world' }))[guids.sam]![1];

  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
  await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
  expect(await saveRegistry(page, env.appUrl, registryUrl())).toBe('Admin');
});
afterAll(() => env?.close());

const warnings = () => page.getByRole('list', { name: 'Warnings' }).getByTestId('warning');
const warningTexts = () => warnings().allTextContents();

describe('access review', () => {
  it('shows the scoped signer in the matrix with its range and last publish, and every signer with role and keys', async () => {
    await page.goto(route('/access'));
    await until(() => page.getByRole('heading', { name: 'Access review', level: 1 }).count(), (n) => n === 1, 30_000, 'the page');
    const matrix = page.getByRole('region', { name: 'Access matrix' });
    await until(() => matrix.getByRole('row').count(), (n) => n === 2, 30_000, 'one scoped package');
    const row = matrix.getByRole('row', { name: /hello-world/ });
    expect(await row.textContent()).toContain(samRange);
    expect(await row.textContent()).toContain('last signed: 1.5.0:0');
    expect(await page.getByText('1 of 1 packages with a scoped signer shown (6 packages in all).').count()).toBe(1);
    const signers = page.getByRole('region', { name: 'Signers' });
    const adminRow = signers.getByRole('row', { name: /Administrator/ });
    expect(await adminRow.textContent()).toMatch(/AdminnoneSHA256:/);
    expect(await signers.getByRole('row', { name: /Twin B/ }).textContent()).toMatch(/Signer1SHA256:/);
    await page.getByLabel('Show every package, not only those with a scoped signer').check();
    await until(() => matrix.getByRole('row').count(), (n) => n === 7, 30_000, 'every package');
    expect(page.url()).toContain('all=1');
    await snapThemes(page, shots, 'access-review');
    await page.getByLabel('Show every package, not only those with a scoped signer').uncheck();
  });

  it('warns about the single admin, the shared key, the admin without contact and the scoped signer, each linked to its fix', async () => {
    await until(warningTexts, (t) => t.length === 4, 30_000, 'four warnings');
    const texts = await warningTexts();
    expect(texts[0]).toMatch(/^Administrator is the only administrator\./);
    expect(texts[1]).toMatch(/^Key SHA256:\S+ is attached to 2 signers: Twin A, Twin B\.|^Key SHA256:\S+ is attached to 2 signers: Twin B, Twin A\./);
    expect(texts[2]).toMatch(/^Administrator Administrator has no contact information/);
    expect(texts[3]).toMatch(/^Scoped Sam is not an administrator but may remove 1 package entirely/);
    const hrefs = (i: number) => warnings().nth(i).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const enc = encodeURIComponent(registryUrl());
    expect(await hrefs(0)).toEqual([`#/r/${enc}/curate/signers`]);
    expect((await hrefs(1)).sort()).toEqual([`#/r/${enc}/curate/signers?edit=${guids.twinA}`, `#/r/${enc}/curate/signers?edit=${guids.twinB}`].sort());
    expect(await hrefs(2)).toEqual([`#/r/${enc}/curate/signers?edit=${guids.admin}`]);
    expect(await hrefs(3)).toEqual([`#/r/${enc}/curate/scopes?pkg=hello-world`]);
    await warnings().nth(1).getByRole('link', { name: 'Edit Twin B' }).click();
    await until(() => page.getByRole('form', { name: 'Edit signer Twin B' }).count(), (n) => n === 1, 30_000, 'the signer form');
    await page.goBack();
    await until(warningTexts, (t) => t.length === 4, 30_000, 'the review again');
  });

  it('downloads the rows shown as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-access-review\.csv$/);
    const lines = readFileSync(await file.path(), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Package,Signer,Signer ID,Administrator,Scope range,Last version seen,Published at,Keys');
    const rows = lines.slice(1).map((l) => l.split(','));
    // hello-world: the admin signed 1.0.0:0 (its developer key), Sam holds the scope and signed 1.5.0:0
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      ['hello-world', 'Administrator', guids.admin, 'yes', '', '1.0.0:0'],
      ['hello-world', 'Scoped Sam', guids.sam, 'no', samRange, '1.5.0:0'],
    ]);
    expect(rows[1]![6]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('a large registry', () => {
  it('1000 packages × 20 signers: the matrix shows, draws only the rows in view and scrolls (timings logged)', async () => {
    const real = await admin().api.index();
    const record = real.package.packages['hello-world']!;
    const signers = { ...real.signers };
    const extra = Array.from({ length: 20 - Object.keys(signers).length }, (_, i) => `SYNTH${String(i).padStart(27, '0')}`);
    for (const [i, g] of extra.entries()) signers[g] = { name: `Signer ${i}`, contact: [], keys: [encodePublicKeyPem(publicKeyFromSeed(generateSeed()))] };
    const packages = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`pkg-${String(i).padStart(4, '0')}`, { ...record, authorized: { [extra[i % extra.length]!]: '*', [guids.sam]: '>=1.0.0:0' } }]));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 0, result: { ...real, signers, package: { ...real.package, packages } } });
    await page.route(`${registryUrl()}/rpc/v0`, async (r) => {
      const req = r.request();
      const call = req.method() === 'POST' ? (req.postDataJSON() as { id: number; method: string }) : null;
      if (call?.method !== 'index') return r.continue();
      await r.fulfill({ status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: body.replace('"id":0', `"id":${JSON.stringify(call.id)}`) });
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.reload();
    await unlockKey(page, env.appUrl, 'Admin key');
    await page.goto(route(''));
    const nav = page.getByRole('navigation', { name: 'Registry sections' });
    await until(() => nav.getByRole('link', { name: 'Access' }).count(), (n) => n === 1, 60_000, 'the nav');
    const longTasks = () => page.evaluate(() => (window as unknown as { __long: number[] }).__long.splice(0).map(Math.round));
    await longTasks();
    const t0 = Date.now();
    await nav.getByRole('link', { name: 'Access' }).click();
    const matrix = page.getByRole('region', { name: 'Access matrix' });
    await matrix.waitFor({ timeout: 60_000 });
    const shownMs = Date.now() - t0;
    await until(() => page.getByText('1000 of 1000 packages with a scoped signer shown (1000 packages in all).').count(), (n) => n === 1, 30_000, 'the count');
    const openTasks = await longTasks();
    const drawn = await matrix.locator('tbody tr[data-index]').count();
    expect(drawn).toBeLessThan(60);
    expect(await matrix.locator('thead th').count()).toBe(21);
    for (let i = 1; i <= 20; i++) await matrix.evaluate((el, f) => el.scrollTo({ top: el.scrollHeight * f }), i / 20);
    await until(() => matrix.getByRole('row', { name: /pkg-0999/ }).count(), (n) => n === 1, 10_000, 'the last row');
    const scrollTasks = await longTasks();
    console.log(`access review, 1000 packages × 20 signers: matrix shown ${shownMs} ms after the click, ${drawn} rows drawn; long tasks while opening [${openTasks.join(', ')}] ms, while scrolling to the end [${scrollTasks.join(', ')}] ms`);
    // back to the real registry for what follows: nothing cached, the key unlocked again
    await page.unroute(`${registryUrl()}/rpc/v0`);
    await page.reload();
    await unlockKey(page, env.appUrl, 'Admin key');
  });
});

describe('admin overview', () => {
  it('is the first section for admins and shows counts equal to the registry answers', async () => {
    await page.goto(route(''));
    const nav = page.getByRole('navigation', { name: 'Registry sections' });
    await until(() => nav.getByRole('link').first().textContent(), (t) => t === 'Overview', 30_000, 'the overview first');
    await nav.getByRole('link', { name: 'Overview' }).click();
    await until(() => page.getByRole('heading', { name: 'Registry overview', level: 1 }).count(), (n) => n === 1, 30_000, 'the overview');
    const a = admin();
    const [index, signers, categories, os] = await Promise.all([a.api.package.index(), a.api.admin.signer.list(), a.api.package.category.list(), a.api.os.index()]);
    const versions = Object.values(index.packages).flatMap((p) => Object.values(p.versions));
    const expected = {
      packages: Object.keys(index.packages).length,
      versions: versions.length,
      variants: versions.reduce((n, v) => n + v.s9pks.length, 0),
      signers: Object.keys(signers).length,
      categories: Object.keys(categories).length,
      osReleases: Object.keys(os.versions).length,
    };
    for (const [k, n] of Object.entries(expected)) {
      await until(() => page.getByTestId(`count-${k}`).locator('dd').textContent(), (t) => t === String(n), 30_000, `${k} = ${n}`);
    }
    const now = Date.now();
    const week = await a.api.metrics.downloads(rangeWindow(dayOf(now - 6 * 86_400_000), dayOf(now)));
    await until(() => page.getByTestId('requests-week').textContent(), (t) => t === String(week.totalRequests), 30_000, 'the week total');
  });

  it('lists every warning — the access review’s and the variant no registered signer signed — each linking to its page', async () => {
    await until(warningTexts, (t) => t.length === 5, 30_000, 'five warnings');
    const texts = await warningTexts();
    expect(texts[4]).toMatch(/^1 variant is signed by no registered signer, only by unknown keys:hello-world 1\.6\.0:0/);
    const enc = encodeURIComponent(registryUrl());
    expect(await warnings().nth(4).getByRole('link').getAttribute('href')).toBe(`#/r/${enc}/p/hello-world?v=1.6.0%3A0`);
    expect(await page.getByRole('link', { name: 'Check the mirrors' }).getAttribute('href')).toBe(`#/r/${enc}/health`);
    await snapThemes(page, shots, 'overview');
    await warnings().nth(3).getByRole('link', { name: /^hello-world/ }).click();
    await until(async () => page.url(), (u) => u.includes('/curate/scopes?pkg=hello-world'), 30_000, 'the scopes page');
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
