/**
 * Retention in Chromium against the stand-in registry (issue 17 item 5): a fixture of five
 * packages (numeric exver order, a flavor lineage beside an unflavored one, a version with two
 * variants, a single version, an older build for an older StartOS); the rule "keep the newest 1"
 * previews exactly the expected versions and the devices that lose their newest version, asks for
 * the count typed, removes them one by one, and package.index afterwards holds exactly the rest.
 * RETENTION_SCREENSHOTS=<dir> saves screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { buildFixtureS9pk, type FixtureOptions } from '../src/core/testing/fixtures.ts';
import { addArchive } from './support/add-archive.ts';
import { snapThemes } from './support/screenshots.ts';
import { importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';
import { startE2E, type E2E } from './support/stack.ts';

let env: E2E;
let page: Page;
const pageErrors: string[] = [];
const registryUrl = () => env.stack.registry.url;

const FIXTURE: FixtureOptions[] = [
  { id: 'ret-a', version: '1.0.0:0' },
  { id: 'ret-a', version: '1.10.0:0' },
  { id: 'ret-a', version: '1.2.0:0' },
  { id: 'ret-b', version: '#knots:1.0.0:0' },
  { id: 'ret-b', version: '#knots:2.0.0:0' },
  { id: 'ret-b', version: '0.5.0:0' },
  { id: 'ret-c', version: '0.1.0:0' },
  { id: 'ret-d', version: '1.0.0:0' },
  { id: 'ret-d', version: '2.0.0:0' },
  { id: 'ret-d', version: '2.0.0:0', arches: ['aarch64'] },
  { id: 'ret-e', version: '1.0.0:0', osVersion: '0.3.5' },
  { id: 'ret-e', version: '2.0.0:0', osVersion: '0.4.0-beta.10' },
];

async function versionsLeft(): Promise<Record<string, string[]>> {
  const index = await createRegistryClient({ url: registryUrl() }).api.package.index({});
  return Object.fromEntries(Object.entries(index.packages).map(([id, p]) => [id, Object.keys(p.versions).sort()]));
}

beforeAll(async () => {
  env = await startE2E({ demo: false });
  for (const o of FIXTURE) {
    const bytes = await buildFixtureS9pk(o);
    const url = await env.stack.bucket.put(`${o.id}/${o.version!.replace(/[^a-z0-9.]+/g, '_')}-${(o.arches ?? ['x86_64']).join('+')}.s9pk`, bytes);
    await addArchive(registryUrl(), env.stack.adminSeed, bytes, [url]);
  }
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('retention', () => {
  it('"keep the newest 1" previews exactly the expected versions and the devices that lose theirs', async () => {
    await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
    expect(await saveRegistry(page, env.appUrl, registryUrl())).toBe('Admin');
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(registryUrl())}/curate/retention`);
    expect(await page.getByLabel('Keep only the newest versions of each package and flavor').isChecked()).toBe(true);
    await page.getByLabel('Versions to keep per package and flavor').fill('1');
    await page.getByRole('button', { name: 'Show what goes' }).click();
    const preview = page.getByTestId('retention-preview');
    await until(() => preview.count(), (n) => n === 1, 30_000, 'the preview');
    // the preview's box can show before its plan is computed: poll what it says, then its tables
    await expect.poll(() => preview.textContent(), { timeout: 60_000 }).toMatch(/5 versions go, with 5 variants and 5 URLs; 6 versions stay/);
    const versions = page.getByRole('region', { name: 'Versions to remove' }).getByRole('row');
    const cells = () => versions.evaluateAll((rows) => rows.slice(1).map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent).join(' ')));
    await expect.poll(cells).toEqual(['ret-a 1.2.0:0', 'ret-a 1.0.0:0', 'ret-b #knots:1.0.0:0', 'ret-d 1.0.0:0', 'ret-e 1.0.0:0']);
    const devices = page.getByRole('region', { name: 'Devices whose newest version changes' }).getByRole('row');
    const changes = () => devices.evaluateAll((rows) => rows.slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent).join(' | ')));
    // only ret-e's older build served devices the newer one does not (StartOS 0.3.5 up to 0.4.0-beta.10)
    await expect.poll(changes).toEqual(['ret-e | 0.3.5 to before 0.4.0-beta.10 | x86_64 | 1.0.0:0 | Nothing offered']);
    await snapThemes(page, process.env.RETENTION_SCREENSHOTS, 'retention-preview');
  });

  it('removes them after the count is typed, and package.index holds exactly the rest', async () => {
    await page.getByRole('button', { name: 'Remove 5 versions' }).click();
    const confirm = page.getByRole('button', { name: 'Remove 5 versions for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel(/Type remove 5 versions/).fill('remove 5 versions');
    await confirm.click();
    await until(async () => (await page.getByTestId('bulk-results').textContent().catch(() => '')) ?? '', (t) => /All 5 removed\./.test(t), 60_000, 'the removals');
    expect(await versionsLeft()).toEqual({
      'ret-a': ['1.10.0:0'],
      'ret-b': ['#knots:2.0.0:0', '0.5.0:0'],
      'ret-c': ['0.1.0:0'],
      'ret-d': ['2.0.0:0'],
      'ret-e': ['2.0.0:0'],
    });
    // the preview follows the registry: nothing more to remove under the same rule
    await until(async () => (await page.getByTestId('retention-preview').textContent()) ?? '', (t) => /No version goes/.test(t), 60_000, 'the refreshed preview');
    await snapThemes(page, process.env.RETENTION_SCREENSHOTS, 'retention-done');
    expect(pageErrors).toEqual([]);
  });
});
