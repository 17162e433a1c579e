/**
 * Release channels in Chromium (issue 14 items 1–2) against two stand-in registries started
 * here — beta (signing hostname `localhost`) and stable (`127.0.0.1`), both with the stack's
 * admin key — and a file host: the board shows drift for a fixture set (newer upstream,
 * missing variant, conflicting commitment); promoting one version (its supply-chain diff shown first) puts it in stable with
 * beta's URLs and a signature by the acting key; promoting a version whose variant stable
 * already has keeps stable's own mirror; a bulk promotion with one URL that no longer serves
 * its file reports that item and does the others; each add sent is in the signed local history;
 * the diff before promoting flags a changed developer key and a new dependency; the exported
 * history verifies with `npm run verify-history` and a tampered line fails.
 * CHANNELS_SCREENSHOTS=<dir> saves screenshots.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LocalRegistry } from '../src/cli/stack/registry.ts';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import type { PackageIndex } from '../src/core/rpc/types.ts';
import { canonicalPublicKeyPem, encodePublicKeyPem, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { keyFingerprint } from '../src/core/sign/public-key.ts';
import type { ArchiveHost } from './support/archive-host.ts';
import { startExtraRegistries, type ExtraRegistries } from './support/extra-registries.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';

let env: E2E;
let extra: ExtraRegistries;
let stable: LocalRegistry;
let page: Page;
let host: ArchiveHost;
const pageErrors: string[] = [];

const betaUrl = () => env.stack.registry.url;
const stableUrl = () => stable.url;
const index = (url: string): Promise<PackageIndex> => createRegistryClient({ url }).api.package.index({});
const adminPem = () => canonicalPublicKeyPem(encodePublicKeyPem(publicKeyFromSeed(env.stack.adminSeed)));

const shots = process.env.CHANNELS_SCREENSHOTS;

/** Saves desktop (light and dark) and 390 px (light and dark) screenshots when CHANNELS_SCREENSHOTS is set. */
async function snap(name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(shots, `${name}-desktop-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(shots, `${name}-390-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}
const itemText = async (key: string) => (await page.getByTestId(`promote-${key}`).textContent()) ?? '';

interface HistoryLine {
  action: string;
  registry: string;
  from?: string;
  signature: string | null;
  outcome: { status: string };
}

/** Every line of the console's signed local history, as stored in the page's IndexedDB. */
const historyLines = () =>
  page.evaluate(
    () =>
      new Promise<HistoryLine[]>((resolve, reject) => {
        const open = indexedDB.open('registry-console-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('lines').objectStore('lines').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );

beforeAll(async () => {
  env = await startE2E({ demo: false });
  extra = await startExtraRegistries(env, 1);
  stable = extra.registries[0]!;
  host = extra.archives;

  // newer upstream: beta 1.1.0, stable 1.0.0
  await host.publish(betaUrl(), 'newer-1.1.s9pk', { id: 'chan-newer', version: '1.1.0:0' });
  await host.publish(stableUrl(), 'newer-1.0.s9pk', { id: 'chan-newer', version: '1.0.0:0' });
  // missing variant: beta has x86_64 + aarch64; stable has the same x86_64 archive at a mirror of its own
  await host.publish(betaUrl(), 'variant-x86.s9pk', { id: 'chan-variant' });
  await host.publish(betaUrl(), 'variant-arm.s9pk', { id: 'chan-variant', arches: ['aarch64'] });
  await host.publish(stableUrl(), 'variant-x86-mirror.s9pk', { id: 'chan-variant' });
  // conflicting commitment: one version and hardware, two different archives
  await host.publish(betaUrl(), 'conflict-a.s9pk', { id: 'chan-conflict', extraFiles: { 'build.txt': new TextEncoder().encode('a') } });
  await host.publish(stableUrl(), 'conflict-b.s9pk', { id: 'chan-conflict', extraFiles: { 'build.txt': new TextEncoder().encode('b') } });
  // for the bulk promotion: one that works, one whose URL will stop serving
  await host.publish(betaUrl(), 'bulk.s9pk', { id: 'chan-bulk' });
  await host.publish(betaUrl(), 'broken.s9pk', { id: 'chan-broken', version: '2.0.0:0' });

  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await extra?.close();
  await env?.close();
});

describe('release channels', () => {
  it('opens a shared line, keeps it, and shows the drift of the fixture set', async () => {
    await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
    expect(await saveRegistry(page, env.appUrl, betaUrl())).toBe('Admin');
    expect(await saveRegistry(page, env.appUrl, stableUrl())).toBe('Admin');
    const line = new URLSearchParams([['ch', `beta@${betaUrl()}`], ['ch', `stable@${stableUrl()}`]]);
    await page.goto(`${env.appUrl}#/channels?${line.toString()}`);
    await page.getByRole('button', { name: 'Use this line as mine' }).click();
    await until(() => page.getByTestId('board-timing').count(), (n) => n === 1, 60_000, 'the board');
    const row = async (id: string) => (await page.getByRole('row').filter({ hasText: id }).first().textContent()) ?? '';
    await expect.poll(() => row('chan-newer')).toMatch(/Newer in an earlier channel.*beta has 1\.1\.0:0; stable is at 1\.0\.0:0/);
    await expect.poll(() => row('chan-variant')).toMatch(/Missing variant.*lacks what beta has/);
    await expect.poll(() => row('chan-conflict')).toMatch(/Different builds.*different commitments in beta, stable/);
    await expect.poll(() => row('chan-bulk')).toMatch(/stable has no version of it/);
    // the acting key is read per channel once the key's role there is known
    await expect.poll(() => page.getByTestId('acting-key').first().textContent()).toMatch(/signed by Admin key/);
    // drifted only hides nothing here (every fixture drifts); the filter still applies
    await page.getByLabel('Drifted only').check();
    await expect.poll(() => page.getByRole('row').count()).toBe(1 + 5);
    await snap('board');
  });

  it('promotes one version: stable holds it with beta’s URL and a signature by the acting key', async () => {
    await page.getByRole('button', { name: 'Promote chan-newer 1.1.0:0 to stable' }).click();
    // the supply-chain diff against the version it supersedes there, before anything is sent
    await page.getByText('Supply-chain changes against 1.0.0:0 in stable').click();
    await expect.poll(() => page.getByTestId('supply-chain-diff').count()).toBe(1);
    await page.getByRole('button', { name: 'Promote 1 version to stable' }).click();
    await until(() => itemText('chan-newer@1.1.0:0'), (t) => /Done \(1 of 1 variants added\)/.test(t), 60_000, 'the promotion');
    const v = (await index(stableUrl())).packages['chan-newer']!.versions['1.1.0:0']!;
    const [, asset] = v.s9pks[0]!;
    expect(asset.urls).toEqual([`${host.url}/newer-1.1.s9pk`]);
    expect(Object.keys(asset.signatures).map((k) => canonicalPublicKeyPem(k))).toContain(adminPem());
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('from the package page: a variant stable already has is skipped and keeps its mirror', async () => {
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(betaUrl())}/p/chan-variant`);
    await page.getByRole('link', { name: 'Promote to stable' }).click();
    await page.getByRole('button', { name: 'Promote 1 version to stable' }).click();
    await until(() => itemText('chan-variant@1.0.0:0'), (t) => /Done \(1 of 2 variants added\)/.test(t), 60_000, 'the promotion');
    await expect.poll(() => itemText('chan-variant@1.0.0:0')).toMatch(/Already there: skipped, its mirrors kept/);
    const v = (await index(stableUrl())).packages['chan-variant']!.versions['1.0.0:0']!;
    const urls = Object.fromEntries(v.s9pks.map(([h, a]) => [h.arch!.join(','), a.urls]));
    expect(urls).toEqual({ x86_64: [`${host.url}/variant-x86-mirror.s9pk`], aarch64: [`${host.url}/variant-arm.s9pk`] });
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('bulk: a URL that no longer serves its file fails that item only; the rest is done', async () => {
    rmSync(join(host.dir, 'broken.s9pk'));
    await page.getByRole('button', { name: /^Promote everything drifted from beta to stable \(2\)$/ }).click();
    await page.getByRole('button', { name: 'Promote 2 versions to stable' }).click();
    await until(() => itemText('chan-bulk@1.0.0:0'), (t) => /Done \(1 of 1/.test(t), 60_000, 'the bulk item');
    await until(() => itemText('chan-broken@2.0.0:0'), (t) => /Not done: 1 of 1 variants/.test(t), 60_000, 'the failing item');
    await expect.poll(() => itemText('chan-broken@2.0.0:0')).toMatch(/broken\.s9pk — HEAD answered HTTP 404/);
    // the retry button follows the end of the whole run, not of one item
    await expect.poll(() => page.getByRole('button', { name: 'Retry what is not done (1)' }).count()).toBe(1);
    const stableIndex = await index(stableUrl());
    expect(stableIndex.packages['chan-bulk']?.versions['1.0.0:0']).toBeDefined();
    expect(stableIndex.packages['chan-broken']).toBeUndefined();
    // every add sent (not the one whose URL failed the check) is in the local history, signed
    // a line is written once its add is answered: poll, the last one may land after the item shows
    const promotesOf = async () => (await historyLines()).filter((l) => l.action === 'promote');
    await expect.poll(async () => (await promotesOf()).length).toBe(3);
    const promotes = await promotesOf();
    expect(promotes.every((l) => l.registry === stableUrl() && l.from === betaUrl() && l.signature !== null && l.outcome.status === 'ok')).toBe(true);
    await snap('bulk-results');
    expect(pageErrors).toEqual([]);
  });

  it('the supply-chain diff before a promotion flags a changed developer key and a new dependency', async () => {
    // a second developer, an administrator of beta, publishes 1.1.0 signed by its own key only
    const devSeed = new Uint8Array(32).fill(7); // test-only key
    const admin = createRegistryClient({ url: betaUrl(), signer: seedSigner(env.stack.adminSeed) });
    const guid = await admin.api.admin.signer.add({ name: 'Other developer', contact: [], keys: [encodePublicKeyPem(publicKeyFromSeed(devSeed))] });
    await admin.api.admin.add({ signer: guid });
    await host.publish(stableUrl(), 'diff-1.0.s9pk', { id: 'chan-diff', version: '1.0.0:0', seed: env.stack.adminSeed });
    await host.publish(betaUrl(), 'diff-1.1.s9pk', { id: 'chan-diff', version: '1.1.0:0', seed: devSeed, dependencies: [{ id: 'chan-dep' }] }, undefined, devSeed);
    // a fresh load: the board's cached indexes predate these versions
    await page.goto(`${env.appUrl}#/channels`);
    await page.reload();
    await until(() => page.getByTestId('board-timing').count(), (n) => n === 1, 60_000, 'the board');
    await page.getByRole('button', { name: 'Promote chan-diff 1.1.0:0 to stable' }).click();
    await page.getByText('Supply-chain changes against 1.0.0:0 in stable').click();
    const items = page.getByTestId('supply-chain-diff').getByRole('listitem');
    // the diff is computed after the panel opens: wait for both findings before reading the order
    await expect.poll(async () => (await items.allTextContents()).join('\n')).toMatch(/Signed by a different developer key[\s\S]*New required dependency: chan-dep\./);
    const changes = await items.allTextContents();
    const fingerprint = (seed: Uint8Array) => keyFingerprint(publicKeyFromSeed(seed));
    // riskiest first: the developer key, then the dependency
    expect(changes[0]).toContain(`Signed by a different developer key: ${fingerprint(devSeed)}. 1.0.0:0 was signed by ${fingerprint(env.stack.adminSeed)}.`);
    expect(changes.findIndex((c) => c.includes('New required dependency: chan-dep.'))).toBeGreaterThan(0);
    await snap('promote-diff');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('the exported history verifies with npm run verify-history, and a tampered line fails', async () => {
    await page.goto(`${env.appUrl}#/history`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export \d+ lines/ }).click()]);
    const file = join(host.dir, 'history.jsonl');
    await download.saveAs(file);
    const verify = () => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/verify-history.ts', file], { encoding: 'utf8' });
    const good = verify();
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(good.stdout).toContain(`${lines.length} line(s) verified`);
    expect(good.status).toBe(0);
    const tampered = JSON.parse(lines[1]!) as { package: { version: string } };
    tampered.package.version = '9.9.9:0';
    writeFileSync(file, [lines[0], JSON.stringify(tampered), ...lines.slice(2)].join('\n') + '\n');
    const bad = verify();
    expect(bad.stdout).toMatch(/line 1: ok/);
    expect(bad.stdout).toMatch(/line 2: FAIL/);
    expect(bad.stdout).toContain(`1 of ${lines.length} line(s) failed`);
    expect(bad.status).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
