/**
 * Release assets in Chromium (issue #15 item 3): a release created over signed RPC (the release
 * form is another helper's), then the admin drops two images for two platforms — hashed in the
 * worker pool, uploaded to the stack's local bucket, signed and added — and os.index shows
 * them; a second authorized signer co-signs (one from the same file, one from what its URL
 * serves) after a different file is refused with the precise mismatch; the readiness checklist
 * turns green; the update preview offers the release to a device on an older version and hides
 * it from an incompatible platform with the reason; a mirror is added and an image removed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { blake3 } from '@noble/hashes/blake3.js';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from '../src/cli/stack/s3.ts';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { BLAKE3_SIG_CONTEXT, encodeBlake3Commitment, signCommitment } from '../src/core/sign/commitment.ts';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { patternBytes } from '../src/core/testing/pattern-source.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { overflowProblems } from './support/overflow.ts';
import { configureBucket, importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';

let env: E2E;
let page: Page;
let csp: CspWatch;
let dir: string;
const pageErrors: string[] = [];
const bobSeed = generateSeed();
const registryUrl = () => env.stack.registry.url;
const osPage = () => `${env.appUrl}#/r/${encodeURIComponent(registryUrl())}/os`;
const X86 = 'startos-0.4.0_x86_64.squashfs';
const PI = 'startos-0.4.0_raspberrypi.img';
const bytes = { [X86]: patternBytes(0, 70_000, 11), [PI]: patternBytes(0, 90_000, 12) };
const file = (name: string) => join(dir, name);
const osIndex = () => createRegistryClient({ url: registryUrl() }).api.os.index();

const release = () => page.getByRole('region', { name: 'StartOS 0.4.0' });
const image = (what: string) => release().getByRole('listitem', { name: what, exact: true });
const text = async (l: { textContent(): Promise<string | null> }) => (await l.textContent()) ?? '';

beforeAll(async () => {
  env = await startE2E({ demo: false });
  dir = mkdtempSync(join(tmpdir(), 'rc-e2e-os-assets-'));
  for (const [name, b] of Object.entries(bytes)) writeFileSync(file(name), b);
  writeFileSync(file('other-size_x86_64.squashfs'), patternBytes(0, 70_001, 11));
  writeFileSync(file('other-bytes_x86_64.squashfs'), patternBytes(0, 70_000, 13));
  writeFileSync(file('bob.key.pem'), encodePrivateKeyPem(bobSeed));
  const admin = createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });
  const bob = await admin.api.admin.signer.add({ name: 'Bob Builder', contact: [], keys: [encodePublicKeyPem(publicKeyFromSeed(bobSeed))] });
  // The previous release, with one image on x86_64 (the readiness checklist compares platforms).
  await admin.api.os.version.add({ version: '0.3.6', headline: 'Steady', releaseNotes: 'Fixes.', sourceVersion: '>=0.3.5' });
  const old = patternBytes(0, 40_000, 1);
  const c = { hash: blake3(old), size: BigInt(old.length) };
  const url = await env.stack.bucket.put('startos/0.3.6/startos-0.3.6_x86_64.squashfs', old);
  await admin.api.os.asset.add.squashfs({ version: '0.3.6', platform: 'x86_64', url, commitment: encodeBlake3Commitment(c), signature: signCommitment(c, env.stack.adminSeed, BLAKE3_SIG_CONTEXT) });
  await admin.api.os.version.add({ version: '0.4.0', headline: 'Faster backups', releaseNotes: 'Parallel backups.', sourceVersion: '>=0.3.6' });
  await admin.api.os.version.signer.add({ version: '0.4.0', signer: bob });
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
});
afterAll(async () => {
  await env?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('OS release assets', () => {
  it('the admin drops two images for two platforms; they are hashed, uploaded, signed and published', async () => {
    await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
    expect(await saveRegistry(page, env.appUrl, registryUrl())).toBe('Admin');
    await page.goto(osPage());
    await expect.poll(() => release().getByRole('heading', { name: 'Manage the images of StartOS 0.4.0' }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Signs as Admin key/).count()).toBeGreaterThan(0);
    const b = env.stack.bucket;
    await configureBucket(page, { endpoint: b.endpoint, bucket: b.bucket, publicBaseUrl: `${b.endpoint}/${b.bucket}`, accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY });

    await page.getByLabel('Choose images for 0.4.0…').setInputFiles([file(X86), file(PI), file('bob.key.pem')]);
    await expect.poll(() => text(release().getByRole('alert').first())).toBe('Not an .iso, .img or .squashfs file: bob.key.pem');
    const rows = release().getByRole('list', { name: 'Images being added to StartOS 0.4.0' });
    for (const [name, platform] of [[X86, 'x86_64'], [PI, 'raspberrypi']] as const) {
      const row = rows.getByRole('listitem', { name });
      await expect.poll(() => row.getByLabel('Platform').inputValue()).toBe(platform);
      await expect.poll(() => text(row)).toContain('BLAKE3 hash:');
      await row.getByRole('button', { name: 'Add to StartOS 0.4.0' }).click();
    }
    for (const name of [X86, PI]) await until(() => text(rows.getByRole('listitem', { name })), (t) => t.includes('Added:'), 60_000, `${name} added`);

    const v = (await osIndex()).versions['0.4.0']!;
    expect(v.squashfs['x86_64']!.urls).toEqual([`${b.endpoint}/${b.bucket}/startos/0.4.0/${X86}`]);
    expect(v.img['raspberrypi']!.commitment).toEqual(encodeBlake3Commitment({ hash: blake3(bytes[PI]), size: BigInt(bytes[PI].length) }));
    expect(Object.keys(v.img['raspberrypi']!.signatures)).toHaveLength(1);
    // the release list shows both, signed by 1 of 2 authorized signers
    const table = page.getByRole('region', { name: 'Images of StartOS 0.4.0' });
    await expect.poll(() => table.getByText('Signed by 1 of 2 authorized signers').count()).toBe(2);
  });

  it('a second authorized signer co-signs: a different file is refused precisely, the same file and its URL are accepted', async () => {
    await page.goto(`${env.appUrl}#/keys`);
    await page.getByRole('button', { name: 'Lock Admin key', exact: true }).click();
    await importAndUnlock(page, env.appUrl, file('bob.key.pem'), 'Bob key');
    await page.goto(osPage());
    await expect.poll(() => page.getByTestId('role-badge').textContent()).toBe('Signer');

    const x86 = image('x86_64 squashfs');
    await x86.getByRole('button', { name: 'Co-sign' }).click();
    const panel = x86.getByRole('group', { name: 'Co-sign x86_64 squashfs' });
    await panel.getByLabel('Choose the file…').setInputFiles(file('other-size_x86_64.squashfs'));
    await expect.poll(() => text(panel.getByRole('alert'))).toBe('Nothing was signed. Size differs: the release records 70,000 bytes, this has 70,001 bytes.');
    await panel.getByLabel('Choose the file…').setInputFiles(file('other-bytes_x86_64.squashfs'));
    await expect.poll(() => text(panel.getByRole('alert'))).toMatch(/^Nothing was signed\. BLAKE3 hash differs: the release records \S+, this hashes to \S+\.$/);
    await panel.getByLabel('Choose the file…').setInputFiles(file(X86));
    await expect.poll(() => text(panel.getByRole('status'))).toBe('Co-signed x86_64 squashfs.');
    await panel.press('Escape');
    await expect.poll(() => x86.getByRole('button', { name: 'Co-sign' }).evaluate((e) => e === document.activeElement)).toBe(true);

    const pi = image('raspberrypi img');
    await pi.getByRole('button', { name: 'Co-sign' }).click();
    await pi.getByRole('button', { name: 'Verify from URL' }).click();
    await expect.poll(() => text(pi.getByRole('status'))).toBe('Co-signed raspberrypi img.');

    const table = page.getByRole('region', { name: 'Images of StartOS 0.4.0' });
    await expect.poll(() => table.getByText('Signed by 2 of 2 authorized signers').count()).toBe(2);
    const v = (await osIndex()).versions['0.4.0']!;
    expect(Object.keys(v.squashfs['x86_64']!.signatures)).toHaveLength(2);
  });

  it('the readiness checklist turns green', async () => {
    await page.getByLabel('Authorized signatures required per image:').fill('2');
    await expect.poll(() => release().getByText('Every image is signed by at least 2 authorized signers.').count()).toBe(1);
    await expect.poll(() => release().getByText('Every image of 0.3.6 has a counterpart here.').count()).toBe(1);
    await release().getByRole('button', { name: 'Check download URLs' }).click();
    await expect.poll(() => release().getByText('Every download URL answers with the committed size.').count()).toBe(1);
    expect(await release().getByText('not ready').count()).toBe(0);
  });

  it('the update preview offers it to a device on an older version and hides it from another platform with the reason', async () => {
    const preview = async (version: string, platform: string) => {
      await page.getByLabel('StartOS version of the device').fill(version);
      await page.getByLabel('Platform', { exact: true }).first().fill(platform);
      await page.getByRole('button', { name: 'Preview' }).click();
      return page.getByRole('list', { name: `Releases for a ${platform} device on ${version}` });
    };
    const x86 = await preview('0.3.6', 'x86_64');
    await expect.poll(() => x86.getByRole('listitem').first().textContent()).toBe('0.4.0: offered');
    const riscv = await preview('0.3.6', 'riscv64');
    await expect.poll(() => riscv.getByRole('listitem').first().textContent()).toBe('0.4.0: hidden: no squashfs image for riscv64');
  });

  it('a mirror is added after its bytes are checked; an image is removed after confirmation', async () => {
    const mirror = await env.stack.bucket.put(`mirror/${PI}`, bytes[PI]);
    const wrong = await env.stack.bucket.put(`mirror/wrong-${PI}`, patternBytes(0, 90_000, 14));
    const pi = image('raspberrypi img');
    await pi.getByRole('button', { name: 'Add mirror' }).click();
    const form = pi.getByRole('form', { name: 'Add a mirror to raspberrypi img' });
    await form.getByLabel('Mirror URL').fill(wrong);
    await form.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => text(form.getByRole('alert'))).toMatch(/^Nothing was signed\. BLAKE3 hash differs/);
    await form.getByLabel('Mirror URL').fill(mirror);
    await form.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(() => text(form.getByRole('status'))).toBe('Mirror added to raspberrypi img.');
    expect((await osIndex()).versions['0.4.0']!.img['raspberrypi']!.urls).toHaveLength(2);

    await pi.getByRole('button', { name: 'Remove the raspberrypi img image of StartOS 0.4.0' }).click();
    await pi.getByRole('button', { name: 'Remove the image' }).click();
    await expect.poll(async () => Object.keys((await osIndex()).versions['0.4.0']!.img)).toEqual([]);
    await expect.poll(() => image('raspberrypi img').count()).toBe(0);
  });

  it('does not overflow a 390 px phone in light or dark', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await image('x86_64 squashfs').getByRole('button', { name: 'Co-sign' }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => overflowProblems(page, `OS assets, 390 px, ${scheme}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('ran without page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
