/**
 * Accessibility and long-word layout over every page and state of the console (issue 13
 * items 5 and 6), walked once in order (support/page-states.ts) on one stack and one page:
 * each state is checked by axe in light and dark at 1280 px and 390 px (zero serious or
 * critical violations), and at 390 px in German and Polish no button, label, cell or nav
 * link overflows its box and the document does not scroll sideways. Set
 * A11Y_SCREENSHOTS=<dir> to save each state at 390 px in German and Polish for a review, and
 * A11Y_STATES=<regex> to check only the states whose name matches (the others are still opened
 * in order, without checks: later states rely on what earlier ones did).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './support/stack.ts';
import { startExtraRegistries, type ExtraRegistries } from './support/extra-registries.ts';
import { startFlakyProxy, type FlakyProxy } from './support/flaky-proxy.ts';
import { fixtureDir } from './support/publish-files.ts';
import { a11yViolations } from './support/a11y.ts';
import { overflowProblems } from './support/overflow.ts';
import { until } from './support/publish-steps.ts';
import { PAGE_STATES, stateContext, type StateContext } from './support/page-states.ts';

const VIEWPORTS = [
  { name: '1280', width: 1280, height: 900 },
  { name: '390', width: 390, height: 844 },
];
const SCHEMES = ['light', 'dark'] as const;
const LONG_WORD_LOCALES = [
  { locale: 'de_DE', tag: 'de-DE' },
  { locale: 'pl_PL', tag: 'pl-PL' },
];

let env: E2E;
let proxy: FlakyProxy;
let extra: ExtraRegistries;
let page: Page;
let ctx: StateContext;
const pageErrors: string[] = [];
const shots = process.env.A11Y_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const only = process.env.A11Y_STATES ? new RegExp(process.env.A11Y_STATES) : null;

beforeAll(async () => {
  env = await startE2E();
  proxy = await startFlakyProxy(env.stack.bucket.endpoint);
  // the channel board's later channel: empty, the same admin key, its own signing hostname
  extra = await startExtraRegistries(env, 1);
  // a context of its own: the checks' self-test opens a probe page beside it
  page = await (await env.browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  ctx = stateContext(page, env, proxy, fixtureDir(), extra.registries[0]!.url);
});
afterAll(async () => {
  await extra?.close();
  await proxy?.close();
  await env?.close();
});

/** Switches the language through the header menu (the state on screen stays) and waits for it. */
async function setLanguage(locale: string, tag: string): Promise<void> {
  await page.locator('header select:has(option[value="de_DE"])').selectOption(locale);
  await until(() => page.evaluate(() => document.documentElement.lang), (l) => l === tag, 30_000, `lang ${tag}`);
}

describe('the checks themselves', () => {
  it('report a control without a name and a label wider than its box', async () => {
    const probe = await page.context().newPage();
    await probe.setViewportSize({ width: 390, height: 844 });
    await probe.setContent('<html lang="en"><body><main><h1>Probe</h1><input type="text"><label style="display:block;width:60px;overflow:hidden">Datenbankverbindungseinstellungen</label></main></body></html>');
    expect((await a11yViolations(probe, 'probe')).join('\n')).toMatch(/probe: label at input/);
    expect(await overflowProblems(probe, 'probe')).toEqual([expect.stringMatching(/^probe: <label> "Datenbankverbindungseinstellungen" overflows its box/)]);
    await probe.close();
  });
});

describe('every page: axe in light and dark at 1280 and 390 px; no overflow at 390 px in German and Polish', () => {
  for (const state of PAGE_STATES) {
    it(state.name, async ({ skip }) => {
      await page.setViewportSize(VIEWPORTS[0]!);
      await page.emulateMedia({ colorScheme: 'light' });
      await state.open(ctx);
      if (only && !only.test(state.name)) return skip();
      const problems: string[] = [];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          problems.push(...(await a11yViolations(page, `${state.name} (${scheme}, ${viewport.name} px)`)));
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      for (const { locale, tag } of LONG_WORD_LOCALES) {
        await setLanguage(locale, tag);
        problems.push(...(await overflowProblems(page, `${state.name} (${locale}, 390 px)`)));
        if (shots) await page.screenshot({ path: join(shots, `${state.name.replace(/[^a-z0-9]+/gi, '-')}-${locale}-390.png`), fullPage: true });
      }
      await setLanguage('en_US', 'en-US');
      expect(problems).toEqual([]);
    });
  }

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
