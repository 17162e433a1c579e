/**
 * Mirror health in Chromium against a real local stack (issue 16): two packages published from
 * a file host this test runs (one also mirrored in the bucket), checked from the browser; then
 * the file host is stopped: its URLs show dead, removal is offered for the one with a mirror and
 * not for a variant's last URL, and removing it reaches the registry. A StartOS image served by
 * the same file host is checked too (HEAD and size, and its full BLAKE3 on demand) and turns
 * dead with it.
 * Set HEALTH_SCREENSHOTS=<dir> to save screenshots (desktop, 390 px, dark).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileHost } from '../src/server/node/file-host.ts';
import { serve } from '../src/server/node/serve.ts';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { parseHeader } from '../src/core/s9pk/header.ts';
import { blake3 } from '@noble/hashes/blake3.js';
import { BLAKE3_SIG_CONTEXT, encodeBlake3Commitment, encodeMerkleCommitment, signCommitment, S9PK_SIG_CONTEXT } from '../src/core/sign/commitment.ts';
import { patternBytes } from '../src/core/testing/pattern-source.ts';
import { buildFixtureS9pk } from '../src/core/testing/fixtures.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { snapThemes } from './support/screenshots.ts';
import { importAndUnlock, saveRegistry, unlockKey, until } from './support/publish-steps.ts';
import { startE2E, type E2E } from './support/stack.ts';

let env: E2E;
let page: Page;
let csp: CspWatch;
let files: { server: Server; url: string };
const pageErrors: string[] = [];
const shots = process.env.HEALTH_SCREENSHOTS;

const registryUrl = () => env.stack.registry.url;
const admin = () => createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });

const snap = (name: string) => snapThemes(page, shots, name);

/** Publishes `bytes` from `urls` with the admin key. */
async function publish(bytes: Uint8Array, urls: string[]) {
  const h = parseHeader(bytes.subarray(0, 155), bytes.length);
  const c = { hash: h.rootSighash, size: h.rootMaxSize };
  await admin().api.package.add({ urls, commitment: encodeMerkleCommitment(c), signature: signCommitment(c, env.stack.adminSeed, S9PK_SIG_CONTEXT) });
}

/** Runs a check from the page and waits until it is over. */
/**
 * Runs a check and waits for its end. The button turns into "Cancel" while it runs; a page-side
 * observer notes that it did, so a short run is not missed and a slow one is not taken as done.
 */
async function runCheck(urls: number) {
  const button = page.getByRole('button', { name: `Check ${urls} URLs` });
  await page.evaluate(() => {
    const w = window as unknown as { __runSeen: boolean };
    w.__runSeen = false;
    const running = () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Cancel');
    const watch = new MutationObserver(() => {
      if (!running()) return;
      w.__runSeen = true;
      watch.disconnect();
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await button.click();
  await until(() => page.evaluate(() => (window as unknown as { __runSeen: boolean }).__runSeen), (seen) => seen, 30_000, 'the run to start');
  await until(() => button.count(), (n) => n === 1, 60_000, 'the run to end');
}

beforeAll(async () => {
  env = await startE2E({ demo: false });
  const dir = mkdtempSync(join(tmpdir(), 'rc-e2e-files-'));
  const hello = await buildFixtureS9pk({ id: 'hello-world', version: '1.0.0:0' });
  const solo = await buildFixtureS9pk({ id: 'solo', version: '2.0.0:0' });
  writeFileSync(join(dir, 'hello.s9pk'), hello);
  writeFileSync(join(dir, 'solo.s9pk'), solo);
  files = await serve(createFileHost(dir), { host: '127.0.0.1', port: 0 });
  const mirror = await env.stack.bucket.put('hello-world/hello.s9pk', hello);
  await publish(hello, [`${files.url}/hello.s9pk`, mirror]);
  await publish(solo, [`${files.url}/solo.s9pk`]);
  // An OS image (1 MiB) whose only URL is on the file host.
  const image = patternBytes(0, 1 << 20, 7);
  writeFileSync(join(dir, 'startos.iso'), image);
  const c = { hash: blake3(image), size: BigInt(image.length) };
  await admin().api.os.version.add({ version: '0.3.6', headline: 'Steady', releaseNotes: 'Fixes.', sourceVersion: '>=0.3.5' });
  await admin().api.os.asset.add.iso({ version: '0.3.6', platform: 'x86_64', url: `${files.url}/startos.iso`, commitment: encodeBlake3Commitment(c), signature: signCommitment(c, env.stack.adminSeed, BLAKE3_SIG_CONTEXT) });
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
  await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
  expect(await saveRegistry(page, env.appUrl, registryUrl())).toBe('Admin');
});
afterAll(async () => {
  files.server.closeAllConnections();
  files.server.close();
  await env?.close();
});

describe('mirror health', () => {
  it('checks every URL from the browser: all OK, and the variant without a mirror is named', async () => {
    await page.getByRole('link', { name: 'Mirror health' }).click();
    await until(() => page.getByRole('heading', { name: 'Mirror health', level: 1 }).count(), (n) => n === 1, 30_000, 'the page');
    await until(() => page.getByText('Not checked from this browser yet.').count(), (n) => n === 1, 30_000, 'the summary before any run');
    await runCheck(4);
    await until(() => page.getByText('The last run finished').count(), (n) => n === 1, 30_000, 'the summary');
    expect(await page.getByText('1 URL has no mirror').count()).toBe(1);
    expect(await page.getByText('1 OS image URL has no mirror').count()).toBe(1);
    expect(await page.getByText('1 URL in 1 OS image.').count()).toBe(1);
    expect(await page.locator('li', { hasText: `${files.url}/solo.s9pk` }).getByText('OK', { exact: true }).count()).toBe(1);
    const image = page.getByRole('region', { name: 'OS images' });
    expect(await image.getByRole('heading', { name: 'StartOS 0.3.6 · iso · x86_64' }).count()).toBe(1);
    expect(await image.getByText('HEAD only').count()).toBe(1);
    await snap('health-ok');
  });

  it('verifies the full BLAKE3 of an OS image URL on demand', async () => {
    const image = page.getByRole('region', { name: 'OS images' });
    await image.getByRole('button', { name: `Verify the full BLAKE3 hash of ${files.url}/startos.iso` }).click();
    await until(() => image.getByText('full BLAKE3 hash matches').count(), (n) => n === 1, 30_000, 'the full hash');
    expect(await image.getByText('OK', { exact: true }).count()).toBe(1);
    expect(await image.getByRole('link', { name: 'Add or remove mirrors of this image on the OS releases page' }).count()).toBe(1);
  });

  it('a stopped file host: its URLs are dead, removal offered only where every variant keeps a URL', async () => {
    await new Promise<void>((r) => {
      files.server.closeAllConnections();
      files.server.close(() => r());
    });
    await runCheck(4);
    await until(() => page.getByText('1 variant has only dead URLs').count(), (n) => n === 1, 30_000, 'the dead summary');
    expect(await page.getByRole('region', { name: 'Variants' }).getByText('Dead', { exact: true }).count()).toBe(2);
    expect(await page.getByText('1 OS image has only dead URLs').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'OS images' }).getByText('Dead', { exact: true }).count()).toBe(1);
    const removeHello = page.getByRole('button', { name: `Remove dead URL ${files.url}/hello.s9pk` });
    expect(await removeHello.count()).toBe(1);
    expect(await page.getByRole('button', { name: `Remove dead URL ${files.url}/solo.s9pk` }).count()).toBe(0);
    expect(await page.getByText('The only URL of a variant of this version').count()).toBe(1);
    // a new visit (the key is unlocked again after a reload) opens with the last known state from IndexedDB
    await page.reload();
    await unlockKey(page, env.appUrl, 'Admin key');
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(registryUrl())}/health`);
    await until(() => page.getByText('1 variant has only dead URLs').count(), (n) => n === 1, 30_000, 'the stored state');
    await snap('health-dead');

    await removeHello.click();
    await until(() => page.getByText(/removes .*hello\.s9pk from every variant of hello-world 1\.0\.0:0/).count(), (n) => n === 1, 30_000, 'the removal confirmation');
    await page.getByRole('button', { name: 'Remove the URL' }).click();
    const urls = () => admin().api.package.index().then((i) => i.packages['hello-world']!.versions['1.0.0:0']!.s9pks[0]![1].urls);
    await until(urls, (u) => u.length === 1, 30_000, 'the removal');
    expect((await urls())[0]).not.toContain(files.url);
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
