/**
 * Keyboard only (issue 13 item 5): add a registry, import and unlock a key, publish a file
 * picked through the file chooser, assign a category — with Tab, Shift+Tab, Enter, Space,
 * arrows, Escape and typing, never a pointer. Every focus stop shows its focus; after each
 * step the focus is on what changed; a closed inline prompt gives the focus back to its
 * opener.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { fixtureDir } from './support/publish-files.ts';
import { PASSPHRASE, waitRow } from './support/publish-steps.ts';
import { bucketFields, countPointerEvents, FocusWalk, focusNow, interceptFileChoosers, pointerEvents } from './support/keyboard.ts';

let env: E2E;
let page: Page;
let walk: FocusWalk;
const pageErrors: string[] = [];

beforeAll(async () => {
  env = await startE2E();
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await countPointerEvents(page);
  interceptFileChoosers(page);
  walk = new FocusWalk(page);
});
afterAll(() => env?.close());

const focusText = async () => (await focusNow(page)).text;
const type = (text: string) => page.keyboard.type(text);
const press = (key: string) => page.keyboard.press(key);
const header = () => page.locator('header');
const registrySections = () => page.getByRole('navigation', { name: 'Registry sections' });

describe('keyboard only', () => {
  it('adds a registry: typing and Enter, then the focus is on the registry’s package list', async () => {
    await page.goto(env.appUrl);
    await walk.tabTo(page.getByLabel('Registry URL'));
    await type(env.stack.registry.url);
    await press('Enter');
    await expect.poll(() => page.getByTestId('registry-name').textContent(), { timeout: 60_000 }).toBe('Demo Registry');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Packages');
  });

  it('imports a key through the file chooser and unlocks it; Escape closes the prompt back to its button', async () => {
    await walk.tabTo(header().getByRole('link', { name: 'Keys', exact: true }), { back: true });
    await press('Enter');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Keys');
    await walk.chooseFile(page.locator('#vault-import-file'), 'Space', env.stack.adminKeyFile);
    await walk.tabTo(page.locator('#vault-import-name'));
    await press('ControlOrMeta+A');
    await type('Admin key');
    await walk.tabTo(page.locator('#vault-import-passphrase'));
    await type(PASSPHRASE);
    await walk.tabTo(page.locator('#vault-import-confirm'));
    await type(PASSPHRASE);
    await press('Enter');
    // the new key's card takes the focus
    await expect.poll(focusText, { timeout: 60_000 }).toBe('Admin key');

    const unlock = page.getByRole('button', { name: 'Unlock Admin key' });
    await walk.tabTo(unlock);
    await press('Enter');
    await expect.poll(async () => (await focusNow(page)).what).toContain('Passphrase for Admin key');
    await press('Escape');
    await expect.poll(() => unlock.evaluate((el) => el === document.activeElement)).toBe(true);
    await press('Enter');
    await expect.poll(async () => (await focusNow(page)).what).toContain('Passphrase for Admin key');
    await type(PASSPHRASE);
    await press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Lock Admin key', exact: true }).count(), { timeout: 60_000 }).toBe(1);
    expect((await focusNow(page)).what).not.toBe('<body>');
  });

  it('publishes a file picked through the file chooser', async () => {
    // the header's registry picker: the arrow keys choose, and the console goes there
    await walk.tabTo(header().getByLabel('Registry'), { back: true });
    await press('ArrowDown');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Packages');
    await expect.poll(() => page.getByTestId('role-badge').textContent(), { timeout: 60_000 }).toBe('Admin');
    await walk.tabTo(registrySections().getByRole('link', { name: 'Publish' }), { back: true });
    await press('Enter');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Publish');

    await walk.typeFields(page, bucketFields(env.stack.bucket));
    await walk.tabTo(page.getByRole('button', { name: 'Save bucket' }));
    await press('Enter');
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '', { timeout: 60_000 }).toMatch(/Unlocked for this session/);

    const file = await fixtureDir().write('keyboard-demo_x86_64.s9pk', { id: 'keyboard-demo', title: 'Keyboard Demo', version: '1.0.0:0', arches: ['x86_64'] });
    await walk.chooseFile(page.getByRole('button', { name: 'Choose files…' }), 'Enter', file);
    await waitRow(page, 'keyboard-demo_x86_64.s9pk', /Verified: signature/, 120_000);
    await walk.tabTo(page.getByRole('button', { name: 'Publish keyboard-demo_x86_64.s9pk' }));
    await press('Enter');
    await waitRow(page, 'keyboard-demo_x86_64.s9pk', /Added to the registry/, 120_000);
    const index = await createRegistryClient({ url: env.stack.registry.url }).api.package.index({});
    expect(Object.keys(index.packages)).toContain('keyboard-demo');
  });

  it('assigns a category; closing the panel gives the focus back', async () => {
    await walk.tabTo(registrySections().getByRole('link', { name: 'Curate' }), { back: true });
    await press('Enter');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Curate this registry');
    await walk.tabTo(page.getByRole('navigation', { name: 'Curation sections' }).getByRole('link', { name: 'Categories' }));
    await press('Enter');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Categories');
    const assign = page.getByRole('button', { name: 'Assign packages to bitcoin' });
    await walk.tabTo(assign);
    await press('Enter');
    // the panel's heading takes the focus
    await expect.poll(focusText).toContain('bitcoin');
    await walk.tabTo(page.getByRole('checkbox', { name: /Keyboard Demo/ }));
    await press('Space');
    await walk.tabTo(page.getByRole('button', { name: 'Add 1 to bitcoin' }));
    await press('Enter');
    // the run disables the button that started it: its summary takes the focus
    await expect.poll(focusText, { timeout: 60_000 }).toBe('1 assigned.');
    const index = await createRegistryClient({ url: env.stack.registry.url }).api.package.index({});
    expect(index.packages['keyboard-demo']?.categories).toEqual(['bitcoin']);
    await press('Escape');
    await expect.poll(() => assign.evaluate((el) => el === document.activeElement).catch(() => false)).toBe(true);
  });

  it('a typed confirmation takes the focus, and Escape gives it back to its button', async () => {
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(env.stack.registry.url)}/p/keyboard-demo?tab=manage`);
    const opener = page.getByRole('button', { name: 'Remove package keyboard-demo' });
    await walk.tabTo(opener, { max: 150 });
    await press('Enter');
    await expect.poll(async () => (await focusNow(page)).what).toMatch(/^<input/);
    await type('keyboard');
    await press('Escape');
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('used no pointer, and every focus stop showed its focus', async () => {
    expect(await pointerEvents(page)).toBe(0);
    expect(walk.invisible).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
