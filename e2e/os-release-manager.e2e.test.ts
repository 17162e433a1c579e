/**
 * The OS release manager in Chromium (issue #15 items 3 and 6) against two stand-in
 * registries started here — the source (signing hostname `localhost`) and a target
 * (`127.0.0.1`), both with the stack's admin key: an admin creates a release through the form,
 * edits its headline, authorizes a second signer, promotes it (with two images added over RPC,
 * one with a mirror) to the target — whose `os.index` then holds the release and its images
 * with the same commitments and URLs, signed by the acting key — and removes it behind a typed
 * confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { blake3 } from '@noble/hashes/blake3.js';
import type { LocalRegistry } from '../src/cli/stack/registry.ts';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import type { OsIndex } from '../src/core/rpc/types.ts';
import { BLAKE3_SIG_CONTEXT, encodeBlake3Commitment, parseBlake3Commitment, signCommitment, verifyCommitment } from '../src/core/sign/commitment.ts';
import { canonicalPublicKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { patternBytes } from '../src/core/testing/pattern-source.ts';
import { startExtraRegistries, type ExtraRegistries } from './support/extra-registries.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { importAndUnlock, saveRegistry } from './support/publish-steps.ts';

let env: E2E;
let extra: ExtraRegistries;
let target: LocalRegistry;
let page: Page;
const pageErrors: string[] = [];
const VERSION = '0.5.0';

const sourceUrl = () => env.stack.registry.url;
const osIndex = (url: string): Promise<OsIndex> => createRegistryClient({ url }).api.os.index({});
const osPage = () => `${env.appUrl}#/r/${encodeURIComponent(sourceUrl())}/os`;
const adminPem = () => canonicalPublicKeyPem(encodePublicKeyPem(publicKeyFromSeed(env.stack.adminSeed)));

/** Uploads `bytes` and records them as an image of the release on the source, with `mirrors` after the bucket URL. */
async function addImage(type: 'iso' | 'squashfs', platform: string, bytes: Uint8Array, mirrors: string[] = []) {
  const admin = createRegistryClient({ url: sourceUrl(), signer: seedSigner(env.stack.adminSeed) });
  const url = await env.stack.bucket.put(`startos/${VERSION}/startos-${platform}.${type}`, bytes);
  const c = { hash: blake3(bytes), size: BigInt(bytes.length) };
  const signature = signCommitment(c, env.stack.adminSeed, BLAKE3_SIG_CONTEXT);
  for (const u of [url, ...mirrors]) await admin.api.os.asset.add[type]({ version: VERSION, platform, url: u, commitment: encodeBlake3Commitment(c), signature });
}

beforeAll(async () => {
  env = await startE2E({ demo: false });
  extra = await startExtraRegistries(env, 1);
  target = extra.registries[0]!;
  const admin = createRegistryClient({ url: sourceUrl(), signer: seedSigner(env.stack.adminSeed) });
  await admin.api.admin.signer.add({ name: 'Bob Builder', contact: [], keys: [encodePublicKeyPem(publicKeyFromSeed(generateSeed()))] });
  await admin.api.os.version.add({ version: '0.4.0', headline: 'Earlier', releaseNotes: '', sourceVersion: '>=0.3.5' });
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await extra?.close();
  await env?.close();
});

describe('OS release manager', () => {
  it('creates a release through the form', async () => {
    await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
    expect(await saveRegistry(page, env.appUrl, target.url)).toBe('Admin');
    expect(await saveRegistry(page, env.appUrl, sourceUrl())).toBe('Admin');
    await page.goto(osPage());
    await page.getByRole('button', { name: 'New release' }).click();
    const form = page.getByRole('form', { name: 'New StartOS release' });
    await expect.poll(() => form.getByTestId('acting-key').textContent()).toMatch(/Admin key/);
    await form.getByLabel('Version number').fill(VERSION);
    await form.getByLabel('Headline').fill('First headline');
    await form.getByLabel('Release notes (Markdown)').fill('## Highlights\n\n- **Faster** updates');
    await form.getByRole('button', { name: 'Preview notes' }).click();
    await expect.poll(() => form.getByRole('region', { name: 'Preview of the release notes' }).getByRole('heading', { name: 'Highlights' }).count()).toBe(1);
    await form.getByLabel('Devices that may upgrade (source version range)').fill('>=0.4.0');
    await expect.poll(() => form.getByText(/Devices on 0\.4\.0 or later may upgrade\. Of the listed releases, devices on 0\.4\.0 may upgrade\./).count()).toBe(1);
    await form.getByRole('button', { name: 'Create release' }).click();
    await expect.poll(() => page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true }).count()).toBe(1);
    const created = (await osIndex(sourceUrl())).versions[VERSION];
    expect(created).toMatchObject({ headline: 'First headline', releaseNotes: '## Highlights\n\n- **Faster** updates', sourceVersion: '>=0.4.0:0', authorized: [expect.any(String)] });
  });

  it('edits its headline and keeps its images and signers', async () => {
    await addImage('iso', 'x86_64', patternBytes(0, 30_000, 5), ['http://mirror.example/startos-x86_64.iso']);
    await addImage('squashfs', 'x86_64', patternBytes(0, 20_000, 6));
    const card = page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true });
    await card.getByRole('button', { name: 'Edit release' }).click();
    const form = card.getByRole('form', { name: `Edit StartOS ${VERSION}` });
    await expect.poll(() => form.getByText(/keeps its images and authorized signers/).count()).toBe(1);
    await form.getByLabel('Headline').fill('Second headline');
    await form.getByRole('button', { name: 'Save release' }).click();
    await expect.poll(() => card.getByText('Second headline', { exact: true }).count()).toBe(1);
    // the save refreshed the list: the images added over RPC show
    await expect.poll(() => page.getByRole('region', { name: `Images of StartOS ${VERSION}` }).getByRole('row').count()).toBe(3);
    const edited = (await osIndex(sourceUrl())).versions[VERSION]!;
    expect(edited.headline).toBe('Second headline');
    expect(Object.keys(edited.iso)).toEqual(['x86_64']);
  });

  it('authorizes a second signer', async () => {
    const card = page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true });
    await card.getByRole('button', { name: 'Authorized signers' }).click();
    await card.getByLabel('Authorize a signer of this registry').selectOption({ label: 'Bob Builder' });
    await card.getByRole('button', { name: 'Authorize', exact: true }).click();
    await expect.poll(() => card.getByText(`Bob Builder may now sign images of StartOS ${VERSION}.`).count()).toBe(1);
    const list = card.getByRole('list', { name: `Authorized signers of StartOS ${VERSION}` });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    expect((await osIndex(sourceUrl())).versions[VERSION]!.authorized).toHaveLength(2);
    await card.getByRole('region', { name: `Authorized signers of StartOS ${VERSION}` }).getByRole('button', { name: 'Close' }).click();
  });

  it('promotes it to the target with the same commitments and URLs, signed by the acting key', async () => {
    const card = page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true });
    await card.getByRole('button', { name: 'Promote' }).click();
    await card.getByLabel('Target registry').selectOption(target.url);
    const steps = card.getByRole('list', { name: `Promotion of StartOS ${VERSION} to ${target.url}` });
    await expect.poll(() => steps.getByTestId('promote-step-release').textContent()).toMatch(/new on the target/);
    await expect.poll(() => steps.getByTestId('promote-step-iso/x86_64').textContent()).toMatch(/to add, with 2 URLs/);
    await card.getByRole('button', { name: `Promote to ${target.url}` }).click();
    await expect.poll(() => steps.getByText('done', { exact: true }).count(), { timeout: 60_000 }).toBe(3);

    const source = (await osIndex(sourceUrl())).versions[VERSION]!;
    const promoted = (await osIndex(target.url)).versions[VERSION]!;
    expect(promoted).toMatchObject({ headline: 'Second headline', releaseNotes: source.releaseNotes, sourceVersion: source.sourceVersion });
    for (const type of ['iso', 'squashfs'] as const) {
      const a = promoted[type].x86_64!;
      expect(a.commitment).toEqual(source[type].x86_64!.commitment);
      expect(a.urls).toEqual(source[type].x86_64!.urls);
      const signature = a.signatures[adminPem()];
      expect(signature && verifyCommitment(parseBlake3Commitment(a.commitment), signature, adminPem(), BLAKE3_SIG_CONTEXT)).toBe(true);
    }
    expect(promoted.iso.x86_64!.urls).toHaveLength(2);
    await card.getByRole('region', { name: `Promote StartOS ${VERSION}` }).getByRole('button', { name: 'Close' }).click();
  });

  it('removes it after the version is typed, listing its images', async () => {
    const card = page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true });
    await card.getByRole('button', { name: `Remove StartOS ${VERSION}` }).click();
    const panel = card.getByRole('group', { name: `Remove StartOS ${VERSION}` });
    await expect.poll(() => panel.getByRole('list', { name: `Images removed with StartOS ${VERSION}` }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^x86_64, iso image/),
      expect.stringMatching(/^x86_64, squashfs image/),
    ]);
    const confirm = panel.getByRole('button', { name: `Remove StartOS ${VERSION}` });
    expect(await confirm.isDisabled()).toBe(true);
    await panel.getByRole('textbox').fill(VERSION);
    await confirm.click();
    await expect.poll(() => page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true }).count()).toBe(0);
    expect((await osIndex(sourceUrl())).versions[VERSION]).toBeUndefined();
    // the target keeps its copy
    expect((await osIndex(target.url)).versions[VERSION]).toBeDefined();
  });

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
