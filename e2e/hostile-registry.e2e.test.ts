/**
 * A hostile registry (issue 11 items 1–2): the stand-in's real answers, rewritten in flight so
 * that every icon points at a LAN address, every release note carries a full-screen fake page,
 * and every long description is HTML as in upstream's marketplace fixtures. The console must
 * request nothing from the LAN host, keep the notes inside their box, render the description's
 * HTML, and stay within its Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './support/stack.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';

const LAN_ICON = 'http://10.255.255.1/icon.png';
const OVERLAY =
  '<div class="fixed top-0 left-0 z-50 min-h-screen w-full bg-white" style="position:fixed;inset:0"><h1>Session expired</h1><a href="https://evil.example/">Re-import your key</a></div>';
const LONG =
  'Lorem ipsum dolor sit amet, <p>consectetur adipiscing elit</p>, sed do eiusmod <i>tempor</i> incididunt';

/** Rewrites a registry answer: icons, release notes and long descriptions, at any depth. */
function poison(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(poison);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'icon' && (typeof x === 'string' || x === null)) out[k] = LAN_ICON;
    else if (k === 'releaseNotes') out[k] = OVERLAY;
    else if (k === 'description' && typeof x === 'object' && x !== null && 'long' in x)
      out[k] = { ...x, long: LONG };
    else out[k] = poison(x);
  }
  return out;
}

let env: E2E;
let page: Page;
let csp: CspWatch;
const lanRequests: string[] = [];

beforeAll(async () => {
  env = await startE2E();
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  csp = await watchCsp(page);
  page.on('request', (r) => {
    if (r.url().startsWith('http://10.255.255.1')) lanRequests.push(r.url());
  });
  await page.route(
    (url) => url.href.startsWith(env.stack.registry.url) && url.pathname.endsWith('/rpc/v0'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: poison(await response.json()) });
    },
  );
});
afterAll(() => env?.close());

describe('a hostile registry', () => {
  it('cannot make the browser request a LAN address, cover the page, or break the policy', async () => {
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(env.stack.registry.url)}/p/bitcoind`);
    await expect.poll(() => page.getByRole('heading', { name: 'Bitcoin Core' }).count()).toBe(1);
    const notes = page.locator('[data-registry-content="markdown"]').first();
    await expect.poll(() => notes.textContent()).toContain('Session expired');

    // Contained: the box clips and contains its painting, and the page's corner is not the fake.
    const style = await notes.evaluate((el) => {
      const s = getComputedStyle(el);
      return { contain: s.contain, overflow: s.overflow, classes: el.querySelectorAll('[class]').length };
    });
    expect(style).toEqual({ contain: 'paint', overflow: 'hidden', classes: 0 });
    const corner = await page.evaluate(
      () => document.elementFromPoint(2, 2)?.closest('[data-registry-content]') ?? null,
    );
    expect(corner).toBeNull();

    // The long description is HTML, sanitized — not raw tags.
    const about = page.locator('[data-registry-content="html"]');
    await expect.poll(() => about.locator('i', { hasText: 'tempor' }).count()).toBe(1);
    expect(await about.textContent()).not.toContain('<p>');

    expect(await page.locator('img[src^="http"]').count()).toBe(0);
    expect(lanRequests).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
