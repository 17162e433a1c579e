/**
 * The key-compromise response in Chromium (issue 17 item 3) against two stand-in registries
 * started here — one from the stack (signing hostname `localhost`) and a second one
 * (`127.0.0.1`), both administered by the stack's admin key — and a file host. A test-only
 * developer key signed one variant in each registry and is also the key of a signer "Leaky Dev"
 * on both. Pasting it lists both variants and both signers; the response removes the key from
 * its signer and removes the variants; both registries confirm it.
 * KEY_COMPROMISE_SCREENSHOTS=<dir> saves screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LocalRegistry } from '../src/cli/stack/registry.ts';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import type { ArchiveHost } from './support/archive-host.ts';
import { startExtraRegistries, type ExtraRegistries } from './support/extra-registries.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';

/** TEST-ONLY: the "leaked" developer key. */
const LEAKED_SEED = new Uint8Array(32).fill(0x4b);
const leakedPem = encodePublicKeyPem(publicKeyFromSeed(LEAKED_SEED));

let env: E2E;
let extra: ExtraRegistries;
let second: LocalRegistry;
let page: Page;
let host: ArchiveHost;
const pageErrors: string[] = [];

const firstUrl = () => env.stack.registry.url;
const admin = (url: string) => createRegistryClient({ url, signer: seedSigner(env.stack.adminSeed) });

const shots = process.env.KEY_COMPROMISE_SCREENSHOTS;
async function snap(name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  env = await startE2E({ demo: false });
  extra = await startExtraRegistries(env, 1);
  second = extra.registries[0]!;
  host = extra.archives;
  for (const [registry, n] of [[firstUrl(), 1], [second.url, 2]] as const) {
    await admin(registry).api.admin.signer.add({ name: 'Leaky Dev', contact: [], keys: [leakedPem] });
    // published by the admin; its developer key is the leaked key
    await host.publish(registry, `leaky-${n}.s9pk`, { id: `leaky-app-${n}`, seed: LEAKED_SEED });
  }
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await extra?.close();
  await env?.close();
});

const findingsText = async () => (await page.getByTestId('findings').textContent()) ?? '';
const stepText = async (step: string) => (await page.getByTestId(`step-${step}`).textContent()) ?? '';

describe('key-compromise response', () => {
  it('lists what the pasted key signed on both registries', async () => {
    await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
    expect(await saveRegistry(page, env.appUrl, firstUrl())).toBe('Admin');
    expect(await saveRegistry(page, env.appUrl, second.url)).toBe('Admin');
    await page.goto(`${env.appUrl}#/`);
    await page.getByRole('link', { name: 'Key compromise' }).click();
    // pasted with CRLF line endings: compared by key bytes
    await page.getByLabel('Compromised public key').fill(leakedPem.replace(/\n/g, '\r\n'));
    await page.getByRole('button', { name: 'Find what it signed' }).click();
    await until(findingsText, (t) => t.includes('leaky-app-1') && t.includes('leaky-app-2'), 60_000, 'the findings of both registries');
    const sections = page.getByTestId('registry-findings');
    await expect.poll(() => sections.count()).toBe(2);
    for (const [i, id] of [[0, 'leaky-app-1'], [1, 'leaky-app-2']] as const) {
      const text = (await sections.nth(i).textContent()) ?? '';
      expect(text).toContain(id);
      expect(text).toMatch(/Leaky Dev/);
      expect(text).toContain(`${host.url}/leaky-${i + 1}.s9pk`);
    }
    // every registry says which key signs there
    // (each registry's acting key is known once the key's role there is read)
    await expect.poll(() => page.getByTestId('step-remove-key').getByTestId('acting-key').count()).toBe(2);
    await expect.poll(() => page.getByTestId('step-remove-key').getByTestId('acting-key').first().textContent()).toMatch(/Signs as Admin key/);
    await snap('findings');
  });

  it('removes the key from its signer and the variants it signed; both registries confirm', async () => {
    await page.getByRole('button', { name: 'Remove the key from 2 signers' }).click();
    await until(() => stepText('remove-key'), (t) => (t.match(/✓ Done/g) ?? []).length === 2, 60_000, 'the key removals');
    // Leaky Dev is no admin: nothing to revoke
    await expect.poll(() => stepText('revoke-admin')).toMatch(/Nothing to do in this step/);
    await page.getByRole('button', { name: 'Remove 2 variants' }).click();
    await until(() => stepText('remove-variant'), (t) => (t.match(/✓ Done/g) ?? []).length === 2, 60_000, 'the variant removals');
    await snap('response-done');

    for (const [url, id] of [[firstUrl(), 'leaky-app-1'], [second.url, 'leaky-app-2']] as const) {
      const signers = await admin(url).api.admin.signer.list();
      const leaky = Object.values(signers).find((s) => s.name === 'Leaky Dev');
      expect(leaky?.keys).toEqual([]);
      const index = await admin(url).api.package.index({});
      expect(index.packages[id]?.versions['1.0.0:0']).toBeUndefined();
    }
    // the report lists every step on both registries with the acting key's fingerprint
    const rows = page.getByTestId('report-row');
    await expect.poll(() => rows.count()).toBe(4);
    const text = (await page.getByTestId('report-row').allTextContents()).join('\n');
    expect(text).toContain(firstUrl());
    expect(text).toContain(second.url);
    expect(text).toMatch(/SHA256:/);
    // the findings stay as found (the report states them) until checked again: then nothing is left
    expect(await findingsText()).toContain('leaky-app-1');
    await page.getByRole('button', { name: 'Check again' }).click();
    await until(findingsText, (t) => !t.includes('leaky-app-1') && !t.includes('leaky-app-2') && !t.includes('Leaky Dev'), 60_000, 'the findings checked again');
    // each registry's findings come back on their own: wait for both, not only for the old ones to go
    await expect.poll(async () => (await page.getByTestId('registry-findings').allTextContents()).map((t) => t.includes('Nothing on this registry was signed by this key'))).toEqual([true, true]);
    // the results stay listed with their steps
    await expect.poll(async () => ((await stepText('remove-variant')).match(/✓ Done/g) ?? []).length).toBe(2);
    // the downloads keep what was found first and list every step
    const md = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const markdown = readFileSync(await (await md).path(), 'utf8');
    expect(markdown).toMatch(/leaky-app-1[\s\S]*leaky-app-2[\s\S]*## What was done/);
    expect(markdown.match(/\| Done \| SHA256:/g)).toHaveLength(4);
    const js = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const report = JSON.parse(readFileSync(await (await js).path(), 'utf8')) as { registries: { findings: { variants: { id: string }[] } }[]; steps: unknown[] };
    expect(report.registries.map((r) => r.findings.variants.map((v) => v.id))).toEqual([['leaky-app-1'], ['leaky-app-2']]);
    expect(report.steps).toHaveLength(4);
    // the print view: findings and report, without the page chrome, the key input or the steps
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'Key-compromise report' }).isVisible()).toBe(true);
    expect(await page.getByTestId('findings').isVisible()).toBe(true);
    expect(await page.getByTestId('step-remove-key').isVisible()).toBe(false);
    expect(await page.getByLabel('Compromised public key').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    if (shots) await page.screenshot({ path: join(shots, 'print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors).toEqual([]);
  });
});
