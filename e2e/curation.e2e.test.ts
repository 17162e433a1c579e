/**
 * Console III journeys in Chromium against a real local stack (design.md §4.5): categories
 * (create → bulk assign with a Shift-click range → browse filter → delete with clean-up),
 * signers and scopes (add → grant a range → publish inside/outside it as that signer → merge a
 * second range → remove with cascade), the last-admin guard, and the registry's name and icon.
 * Set CURATION_SCREENSHOTS=<dir> to save screenshots of each screen (desktop and 390 px).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { remoteErrorOf } from '../src/core/rpc/envelope.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { publishHello } from './support/publish-hello.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';

let env: E2E;
let page: Page;
const pageErrors: string[] = [];
let csp: CspWatch;
const shots = process.env.CURATION_SCREENSHOTS;

const registryUrl = () => env.stack.registry.url;
const curate = (path = '') => `${env.appUrl}#/r/${encodeURIComponent(registryUrl())}/curate${path}`;
const admin = () => createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });

/** Saves desktop and phone-width screenshots (and optionally a dark one) when CURATION_SCREENSHOTS is set. */
async function snap(name: string, { dark = false } = {}) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
  if (dark) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shots, `${name}-390-dark.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  env = await startE2E();
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
});
afterAll(() => env?.close());

describe('curation', () => {
  it('imports and unlocks the admin key through the Keys page, then shows the curation overview', async () => {
    await page.goto(`${env.appUrl}#/keys`);
    await page.locator('input[type=file]').first().setInputFiles(env.stack.adminKeyFile);
    await page.getByLabel('Key name').last().fill('Admin key');
    await page.getByLabel('Passphrase', { exact: true }).last().fill('correct horse battery');
    await page.getByLabel('Confirm passphrase').last().fill('correct horse battery');
    await page.getByRole('button', { name: 'Import key' }).click();
    await page.getByRole('button', { name: 'Unlock Admin key' }).click();
    await page.getByLabel('Passphrase for Admin key').fill('correct horse battery');
    await page.getByLabel('Passphrase for Admin key').press('Enter');
    // exact: "Unlock Admin key" contains "lock Admin key" for Playwright's default (substring) match;
    // unlocking derives the key with PBKDF2 (600 000 rounds), seconds on a loaded machine
    await expect.poll(() => page.getByRole('button', { name: 'Lock Admin key', exact: true }).count(), { timeout: 60_000 }).toBe(1);
    // opened by link, the registry is not saved: the key signs nothing until it is
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(registryUrl())}`);
    await expect.poll(() => page.getByTestId('role-badge').textContent()).toBe('Not saved');
    await page.getByRole('button', { name: 'Save registry' }).click();
    await expect.poll(() => page.getByTestId('role-badge').textContent()).toBe('Admin');
    await page.goto(curate());
    await expect.poll(() => page.getByRole('heading', { name: 'Curate this registry' }).count()).toBe(1);
    await expect.poll(() => page.getByText('1 signer, 1 admin').count()).toBe(1);
    await snap('overview');
  });

  it('creates a category, assigns three packages in one bulk action, filters browse by it, deletes it and cleans the ids', async () => {
    await page.getByRole('navigation', { name: 'Curation sections' }).getByRole('link', { name: 'Categories' }).click();
    const form = page.getByRole('form', { name: 'New category' });
    await form.getByLabel('Id').fill('e2e-picks');
    await form.getByLabel('English (en_US)').fill('E2E picks');
    await form.getByLabel('German (de_DE)').fill('E2E-Auswahl');
    await form.getByRole('button', { name: 'Create category' }).click();
    await expect.poll(() => page.getByTestId('category-e2e-picks').count()).toBe(1);
    await expect.poll(async () => (await admin().api.package.category.list())['e2e-picks']).toEqual({ name: { en_US: 'E2E picks', de_DE: 'E2E-Auswahl' } });

    await page.getByRole('button', { name: 'Assign packages to e2e-picks' }).click();
    // rows are sorted by id: bitcoind, hello-world, jellyfin, lnd, … — a Shift-click range takes three
    await page.getByRole('checkbox', { name: /Bitcoin Core/ }).click();
    // Shift-click on the row's text (the label), not only on the box itself
    await page.getByText('Jellyfin', { exact: true }).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByText('3 of 6 selected').count()).toBe(1);
    await expect.poll(() => page.getByRole('checkbox', { name: /Hello World/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /LND/ }).isChecked()).toBe(false);
    // the same from the keyboard: Space ticks a row, ↓ moves, Shift+Space takes the stretch
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => page.getByText('0 of 6 selected').count()).toBe(1);
    // each key waits for its effect before the next: a key sent while the list re-renders is lost
    const focused = (name: RegExp) => page.getByRole('checkbox', { name }).evaluate((el) => el === document.activeElement);
    await page.getByRole('checkbox', { name: /Bitcoin Core/ }).focus();
    await expect.poll(() => focused(/Bitcoin Core/)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('1 of 6 selected').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(/Hello World/)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(/Jellyfin/)).toBe(true);
    await page.keyboard.press('Shift+Space');
    await expect.poll(() => page.getByText('3 of 6 selected').count()).toBe(1);
    await expect.poll(() => page.getByRole('checkbox', { name: /Jellyfin/ }).isChecked()).toBe(true);
    expect(await focused(/Jellyfin/)).toBe(true);
    await snap('categories-members', { dark: true });
    await page.getByRole('button', { name: 'Add 3 to e2e-picks' }).click();
    await expect.poll(() => page.getByTestId('bulk-results').textContent()).toContain('All 3 assigned.');
    const carrying = async (id: string) =>
      Object.entries((await admin().api.package.index()).packages)
        .filter(([, p]) => p.categories.includes(id))
        .map(([pkg]) => pkg)
        .sort();
    expect(await carrying('e2e-picks')).toEqual(['bitcoind', 'hello-world', 'jellyfin']);

    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(registryUrl())}?cat=e2e-picks`);
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /Hello World/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /Jellyfin/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /LND/ }).count()).toBe(0);

    await page.goto(curate('/categories'));
    await page.getByRole('button', { name: 'Delete e2e-picks' }).click();
    await expect.poll(() => page.getByText(/3 packages\s*carry "e2e-picks"/).count()).toBe(1);
    await snap('categories-delete');
    await page.getByRole('button', { name: 'Delete "e2e-picks" and clean 3 packages' }).click();
    await expect.poll(() => page.getByText('Category "e2e-picks" deleted.').count()).toBe(1);
    await expect.poll(() => carrying('e2e-picks')).toEqual([]);
    await expect.poll(async () => (await admin().api.package.index()).categories['e2e-picks']).toBeUndefined();
    // the list refetches after the delete: the card goes once the new list is drawn
    await expect.poll(() => page.getByTestId('category-e2e-picks').count()).toBe(0);
  });

  it('adds a signer, scopes it, lets it publish only inside the range, merges a range and removes it with its scope', async () => {
    const seed = generateSeed();
    const pem = encodePublicKeyPem(publicKeyFromSeed(seed));

    await page.goto(curate('/signers'));
    await page.getByRole('button', { name: 'Add a signer' }).click();
    const form = page.getByRole('form', { name: 'Add a signer' });
    await form.getByLabel('Name').fill('E2E Signer');
    await form.getByRole('button', { name: 'Add a contact' }).click();
    await form.getByLabel('Email (contact 1)').fill('e2e@example.com');
    await form.getByLabel(/Paste public keys/).fill(pem);
    await form.getByRole('button', { name: 'Add pasted keys' }).click();
    await snap('signers-add');
    await form.getByRole('button', { name: 'Add signer' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'E2E Signer' }).count()).toBe(1);
    const signers = await admin().api.admin.signer.list();
    const guid = Object.entries(signers).find(([, s]) => s.name === 'E2E Signer')?.[0] ?? '';
    expect(signers[guid]).toEqual({ name: 'E2E Signer', contact: [{ email: 'e2e@example.com' }], keys: [pem] });
    expect(await page.getByRole('link', { name: 'e2e@example.com' }).getAttribute('href')).toBe('mailto:e2e@example.com');

    // edit: add a Matrix contact (admin.signer.edit with all four arrays)
    await page.getByTestId(`signer-${guid}`).getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit signer E2E Signer' });
    await edit.getByRole('button', { name: 'Add a contact' }).click();
    await edit.getByLabel('Kind of contact 2').selectOption('matrix');
    await edit.getByLabel('Matrix id (contact 2)').fill('@e2e:example.org');
    await edit.getByRole('button', { name: 'Save signer' }).click();
    await expect.poll(() => page.getByRole('link', { name: '@e2e:example.org' }).count()).toBe(1);
    await expect.poll(async () => (await admin().api.admin.signer.list())[guid]?.contact).toEqual([{ email: 'e2e@example.com' }, { matrix: '@e2e:example.org' }]);

    // the same key again is refused before anything is sent
    await page.getByRole('button', { name: 'Add a signer' }).click();
    const again = page.getByRole('form', { name: 'Add a signer' });
    await again.getByLabel('Name').fill('Duplicate');
    await again.getByLabel(/Paste public keys/).fill(pem);
    await again.getByRole('button', { name: 'Add pasted keys' }).click();
    await expect.poll(() => again.getByText(/already registered to E2E Signer/).count()).toBe(1);
    expect(await again.getByRole('button', { name: 'Add signer' }).isDisabled()).toBe(true);
    await again.getByRole('button', { name: 'Cancel' }).click();

    await page.goto(curate('/scopes?pkg=hello-world'));
    await page.getByRole('button', { name: 'Grant a scope' }).click();
    await page.getByLabel('Signer').selectOption(guid);
    await page.getByLabel('Version range').fill('>=1.0.0:0 <2.0.0:0');
    await expect.poll(() => page.getByText('The registry reads it as').count()).toBe(1);
    await page.getByRole('button', { name: 'Grant scope' }).click();
    await expect.poll(() => page.getByTestId(`scope-${guid}`).getByTestId('scope-range').textContent()).toBe('>=1.0.0:0 <2.0.0:0');
    await expect.poll(async () => (await admin().api.package.signer.list({ id: 'hello-world' }))[guid]?.[1]).toBe('>=1.0.0:0 <2.0.0:0');

    await expect(publishHello(env.stack, '1.5.0:0', seed)).resolves.toBeNull();
    const outside = await publishHello(env.stack, '2.5.0:0', seed).catch((e: unknown) => e);
    expect(remoteErrorOf(outside)?.code).toBe(34);
    const versions = Object.keys((await admin().api.package.index()).packages['hello-world']?.versions ?? {});
    expect(versions).toContain('1.5.0:0');
    expect(versions).not.toContain('2.5.0:0');

    await page.getByRole('button', { name: "Change E2E Signer's range" }).click();
    // the coverage table lists the published versions and what covers them now
    await expect.poll(() => page.getByRole('row', { name: /^1\.0\.0:0/ }).count()).toBe(1);
    await page.getByLabel('Version range').fill('>=3.0.0:0 <4.0.0:0');
    await page.getByRole('radio', { name: /Merge/ }).check();
    await expect.poll(() => page.getByTestId('scope-merge-result').textContent()).toBe('(>=1.0.0:0 <2.0.0:0) || (>=3.0.0:0 <4.0.0:0)');
    await expect.poll(() => page.getByTestId('scope-replace-result').textContent()).toBe('>=3.0.0:0 <4.0.0:0');
    await snap('scopes-merge');
    await page.getByRole('button', { name: 'Merge into scope' }).click();
    await expect.poll(() => page.getByTestId(`scope-${guid}`).getByTestId('scope-range').textContent()).toBe('(>=1.0.0:0 <2.0.0:0) || (>=3.0.0:0 <4.0.0:0)');
    await expect.poll(async () => (await admin().api.package.signer.list({ id: 'hello-world' }))[guid]?.[1]).toBe('(>=1.0.0:0 <2.0.0:0) || (>=3.0.0:0 <4.0.0:0)');

    await page.goto(curate('/signers'));
    const card = page.getByTestId(`signer-${guid}`);
    await card.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => card.getByText(/the scope on 1 package: hello-world/).count()).toBe(1);
    await card.getByRole('button', { name: 'Remove E2E Signer' }).click();
    await expect.poll(() => page.getByTestId(`signer-${guid}`).count()).toBe(0);
    await expect.poll(async () => (await admin().api.package.signer.list({ id: 'hello-world' }))[guid]).toBeUndefined();
    await expect.poll(async () => (await admin().api.package.index()).packages['hello-world']?.authorized[guid]).toBeUndefined();
  });

  it('refuses to demote or remove the only admin', async () => {
    await page.goto(curate('/signers'));
    const list = await admin().api.admin.list();
    const [me] = Object.keys(list);
    expect(Object.keys(list)).toHaveLength(1);
    const card = page.getByTestId(`signer-${me}`);
    await expect.poll(() => card.getByRole('button', { name: 'Revoke administrator' }).isDisabled()).toBe(true);
    await expect.poll(() => card.getByRole('button', { name: 'Remove' }).isDisabled()).toBe(true);
    await expect.poll(() => card.getByText(/You are the only administrator of this registry and cannot be demoted or removed/).count()).toBe(1);
    // even a hand-made link to the removal refuses
    await page.goto(curate(`/signers?remove=${me}`));
    await expect.poll(() => card.getByRole('alert').textContent()).toMatch(/You are the only administrator of this registry and cannot be removed/);
    expect(await card.getByRole('button', { name: /^Remove Administrator/ }).count()).toBe(0);
    await snap('signers-guard');
    expect(Object.keys(await admin().api.admin.list())).toEqual([me]);
  });

  it('renames the registry and sets its icon; the header shows both', async () => {
    await page.goto(curate('/identity'));
    const name = page.getByRole('textbox', { name: 'Registry name' });
    await name.fill('x'.repeat(33));
    await expect.poll(() => page.getByText('33 / 32 characters — 1 too many').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Save name' }).isDisabled()).toBe(true);
    await name.fill('E2E Registry');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.getByTestId('registry-name').textContent()).toBe('E2E Registry');

    const big = Buffer.alloc(150 * 1024, 1);
    await page.locator('input[type=file][accept="image/*"]').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/the limit is 100 KiB/);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#e11d48"/></svg>');
    await page.locator('input[type=file][accept="image/*"]').setInputFiles({ name: 'icon.svg', mimeType: 'image/svg+xml', buffer: svg });
    await expect.poll(() => page.getByText(/Preview of icon.svg/).count()).toBe(1);
    await snap('identity');
    await page.getByRole('button', { name: 'Save icon' }).click();
    const dataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await expect.poll(async () => (await admin().api.info.get()).icon).toBe(dataUrl);
    const headerIcon = page.getByTestId('registry-name').locator('xpath=../..').locator('img');
    await expect.poll(() => headerIcon.getAttribute('src')).toBe(dataUrl);
    await page.reload();
    await expect.poll(() => page.getByTestId('registry-name').textContent()).toBe('E2E Registry');
    await expect.poll(async () => (await admin().api.info.get()).name).toBe('E2E Registry');
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
