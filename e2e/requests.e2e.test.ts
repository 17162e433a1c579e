/**
 * Issue 10: adding or opening a registry in the production build sends each RPC method at
 * most once in the first 10 s (correct clock), counted from the browser's own request events —
 * no double fetch from a card unmounting, a second `info` check, or a cancelled-and-repeated
 * read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importAndUnlock } from './support/publish-steps.ts';
import { countRpcRequests, type MethodCount, type RpcRequests } from './support/rpc-requests.ts';
import { startE2E, type E2E } from './support/stack.ts';

const WINDOW_MS = 10_000;
let env: E2E;
let page: Page;
let rpc: RpcRequests;

beforeAll(async () => {
  env = await startE2E();
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  rpc = countRpcRequests(page, env.stack.registry.url);
});
afterAll(() => env?.close());

const inFlight = (counts: Record<string, MethodCount>) => Object.values(counts).some((c) => c.completed + c.failed < c.sent);

/**
 * Waits out the window after `started` (the window is what is measured: no condition to wait
 * for instead), then until every request sent has been answered or has failed — on a loaded
 * machine an answer can still be on its way — and returns the counts.
 */
async function countsAfterWindow(started: number): Promise<Record<string, MethodCount>> {
  await page.waitForTimeout(Math.max(0, started + WINDOW_MS - Date.now()));
  await expect.poll(() => inFlight(rpc.counts())).toBe(false);
  return rpc.counts();
}

const sentPerMethod = (counts: Record<string, MethodCount>) => Object.fromEntries(Object.entries(counts).map(([m, c]) => [m, c.sent]));

describe('requests when adding and opening a registry', () => {
  it('adding a registry by URL asks info, package.index and package.category.list once each', async () => {
    await page.goto(env.appUrl);
    rpc.reset();
    const started = Date.now();
    await page.getByLabel('Registry URL').fill(env.stack.registry.url);
    await page.getByRole('button', { name: 'Add registry' }).click();
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count()).toBe(1);
    const counts = await countsAfterWindow(started);
    expect(sentPerMethod(counts)).toEqual({ info: 1, 'package.index': 1, 'package.category.list': 1 });
    for (const c of Object.values(counts)) expect(c).toEqual({ sent: 1, completed: 1, failed: 0 });
  });

  it('opening it with an admin key adds one signed index and one admin.list', async () => {
    await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
    rpc.reset();
    const started = Date.now();
    // in-app navigation: a reload would lock the key
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByRole('link', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.getByTestId('role-badge').textContent()).toBe('Admin');
    const counts = await countsAfterWindow(started);
    for (const [method, c] of Object.entries(counts)) expect(c.sent, method).toBeLessThanOrEqual(1);
    expect(counts.index).toEqual({ sent: 1, completed: 1, failed: 0 });
    expect(counts['admin.list']).toEqual({ sent: 1, completed: 1, failed: 0 });
  });
});
