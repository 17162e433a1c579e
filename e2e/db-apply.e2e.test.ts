/**
 * `db.apply` behind a dry run (issue 17 item 2) in Chromium, on the built console served with
 * its Content-Security-Policy as a header too (which binds the jq worker: jq.wasm compiles
 * under 'wasm-unsafe-eval'). A dry run of `.index.name = "X"` shows exactly one changed path and
 * applies; a signed change made from the test between the dry run and the write makes the
 * guarded expression fail with the precise message and nothing of it applied; a revision that
 * moved before the write is reported and nothing is sent.
 */
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { CSP_HEADER } from '../src/cli/build/csp.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';
import { startE2E, type E2E } from './support/stack.ts';

let env: E2E;
let page: Page;
let csp: CspWatch;
let app: PreviewServer | undefined;
const appUrl = () => app?.resolvedUrls?.local[0] ?? '';
const registryUrl = () => env.stack.registry.url;
const admin = () => createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });
const dbHref = () => `${appUrl()}#/r/${encodeURIComponent(registryUrl())}/database`;
const wasmRequests: string[] = [];

/** Types the expression and runs the dry run; resolves with the status line. */
async function dryRun(expr: string): Promise<string> {
  await page.getByRole('textbox', { name: 'jq expression' }).fill(expr);
  await page.getByRole('button', { name: 'Dry run' }).click();
  const status = page.getByRole('status').filter({ hasText: /would change|Nothing would change/ });
  await status.waitFor({ timeout: 60_000 });
  return (await status.textContent()) ?? '';
}

/** Opens the typed confirmation for `count` changes and types it. */
async function confirm(count: number) {
  await page.getByRole('button', { name: `Apply ${count} change${count === 1 ? '' : 's'}` }).click();
  await page.getByRole('textbox', { name: /Type/ }).fill(`apply ${count}`);
}

const changeRows = () => page.getByRole('region', { name: 'Changes the expression would make' }).locator('tbody tr');

beforeAll(async () => {
  env = await startE2E({ demo: false });
  // The same build, served with the header form of the policy, which (unlike the meta) binds
  // the workers. (Answering through page.route instead makes Chromium treat the page as public
  // and refuse its calls to the loopback registry.)
  app = await preview({
    logLevel: 'warn',
    build: { outDir: inject('appDir') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, headers: { 'Content-Security-Policy': CSP_HEADER } },
  });
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasmRequests.push(r.url());
  });
  csp = await watchCsp(page);
  await importAndUnlock(page, appUrl(), env.stack.adminKeyFile, 'Admin key');
  expect(await saveRegistry(page, appUrl(), registryUrl())).toBe('Admin');
  await page.goto(dbHref());
  await page.getByRole('heading', { name: 'Change the database (db.apply)' }).waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await new Promise<void>((resolve) => (app ? app.httpServer.close(() => resolve()) : resolve()));
  await env?.close();
});

describe('db.apply behind a dry run', () => {
  it('loads jq only for the dry run; .index.name = "X" shows exactly one changed path, and applying it sets the name', async () => {
    expect(wasmRequests.filter((u) => /\/jq-[^/]*\.wasm$/.test(u))).toEqual([]);
    const { id } = await admin().api.db.dump({ pointer: '/migrations' });
    expect(await dryRun('.index.name = "X"')).toBe(`1 path would change on revision ${id}: 0 added, 0 removed, 1 changed.`);
    expect(wasmRequests.filter((u) => /\/jq-[^/]*\.wasm$/.test(u))).toHaveLength(1);
    await expect.poll(() => changeRows().count()).toBe(1);
    await expect.poll(() => changeRows().first().textContent()).toMatch(/changed\/index\/namenull"X"/);
    await confirm(1);
    await page.getByRole('button', { name: 'Apply to the registry' }).click();
    await page.getByText(`Applied to revision ${id}: 1 path changed.`).waitFor({ timeout: 30_000 });
    expect((await admin().api.info.get()).name).toBe('X');
    expect((await admin().api.db.dump({ pointer: '/migrations' })).id).toBe(id + 1);
    await until(() => page.getByText(`Revision ${id + 1}`).count(), (n) => n === 1, 30_000, 'the dump reloaded');
  });

  it('a signed change between the dry run and the write makes the guarded apply fail, naming the path; nothing of it is applied', async () => {
    await dryRun('.index.name = "Y"');
    await confirm(1);
    const before = await admin().api.db.dump({ pointer: '/migrations' });
    // The concurrent write lands after the console's revision check, just before its db.apply.
    await page.route(`${registryUrl()}/rpc/v0`, async (route) => {
      const call = route.request().method() === 'POST' ? (route.request().postDataJSON() as { method?: string }) : null;
      if (call?.method === 'db.apply') await admin().api.info.setName({ name: 'Concurrent' });
      await route.continue();
    });
    await page.getByRole('button', { name: 'Apply to the registry' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not applied: the database changed since the dry run at this path. Nothing was changed.' });
    await alert.waitFor({ timeout: 30_000 });
    await expect.poll(() => alert.getByRole('listitem').allTextContents()).toEqual(['/index/name']);
    await page.unroute(`${registryUrl()}/rpc/v0`);
    expect((await admin().api.info.get()).name).toBe('Concurrent');
    expect((await admin().api.db.dump({ pointer: '/migrations' })).id).toBe(before.id + 1);
    // A new dry run starts from what is there now.
    await alert.getByRole('button', { name: 'Dry run again' }).click();
    await page.getByRole('status').filter({ hasText: `on revision ${before.id + 1}` }).waitFor({ timeout: 60_000 });
    await expect.poll(() => changeRows().first().textContent()).toMatch(/"Concurrent""Y"/);
  });

  it('a revision that moved after the dry run is reported before anything is sent', async () => {
    await dryRun('.index.name = "Z"');
    const { id } = await admin().api.db.dump({ pointer: '/migrations' });
    await admin().api.info.setName({ name: 'Elsewhere' });
    await confirm(1);
    await page.getByRole('button', { name: 'Apply to the registry' }).click();
    await page.getByText(`Not sent: the database moved from revision ${id} to ${id + 1} since the dry run.`, { exact: false }).waitFor({ timeout: 30_000 });
    expect((await admin().api.info.get()).name).toBe('Elsewhere');
    expect(csp.violations).toEqual([]);
  });
});
