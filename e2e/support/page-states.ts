/**
 * Every page and state of the console that the accessibility and layout walk visits
 * (e2e/a11y.e2e.test.ts), in order: each `open` brings the page there from wherever the
 * previous state left it, and may rely on what earlier states did (a key imported, a bucket
 * saved). A new page adds one entry: a name and an `open` that ends once the state shows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { E2E } from './stack.ts';
import type { FlakyProxy } from './flaky-proxy.ts';
import type { FixtureDir } from './publish-files.ts';
import type { FixtureOptions } from '../../src/core/testing/fixtures.ts';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from '../../src/cli/stack/s3.ts';
import { patternBytes } from '../../src/core/testing/pattern-source.ts';
import { configureBucket, dropFiles, importAndUnlock, saveRegistry, unlockKey, until, waitRow } from './publish-steps.ts';
import { createRegistryClient } from '../../src/core/rpc/client.ts';
import { seedSigner } from '../../src/core/rpc/seed-signer.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../../src/core/sign/keys.ts';

export interface StateContext {
  page: Page;
  env: E2E;
  /** In front of the bucket: `holdUploads` keeps an upload in flight. */
  proxy: FlakyProxy;
  files: FixtureDir;
  /** A second, empty registry (signing hostname 127.0.0.1, the same admin key): a channel line's later channel. */
  stable: string;
  /** `#`-route → opens it and waits until the page has its heading and nothing loading. */
  goto(route: string): Promise<void>;
  /** The route of the stand-in registry (`/r/<encoded url>`) plus `rest`. */
  registry(rest?: string): string;
  /** Clicks `name` (a button) and waits until `shows` is on the page. */
  open(name: string | RegExp, shows: string | RegExp): Promise<void>;
}

export interface PageState {
  name: string;
  open(c: StateContext): Promise<void>;
}

const DEMO_PACKAGE = 'bitcoind';

/** Waits until the dropped image row of `file` on the OS releases page shows `text`. */
const osRowShows = (c: StateContext, file: string, text: string) =>
  until(async () => (await c.page.getByRole('listitem', { name: file }).textContent()) ?? '', (t) => t.includes(text), 60_000, `${file}: ${text}`);
/** Runs a `db.apply` dry run of `expr` on the database page and waits for its findings. */
async function dryRun(c: StateContext, expr: string, shows: RegExp): Promise<void> {
  await c.page.getByRole('textbox', { name: 'jq expression' }).fill(expr);
  await c.open('Dry run', shows);
}

/**
 * The OS releases page as the admin, from any earlier state (the walk filtered to the OS
 * states starts here): the admin key imported and unlocked, the registry saved.
 */
async function osAsAdmin(c: StateContext): Promise<void> {
  await c.goto('/keys');
  if ((await c.page.getByRole('button', { name: 'Lock Admin key', exact: true }).count()) === 0) {
    if ((await c.page.getByRole('button', { name: 'Unlock Admin key' }).count()) > 0) await unlockKey(c.page, c.env.appUrl, 'Admin key');
    else await importAndUnlock(c.page, c.env.appUrl, c.env.stack.adminKeyFile, 'Admin key');
  }
  await saveRegistry(c.page, c.env.appUrl, c.env.stack.registry.url);
  await c.goto(c.registry('/os'));
  await until(() => c.page.getByRole('button', { name: 'New release' }).count(), (n) => n === 1, 30_000, 'the release manager');
}

export const PAGE_STATES: PageState[] = [
  { name: 'registries home, none saved', open: (c) => c.goto('/') },
  {
    name: 'registries home, an address that is not a URL',
    open: async (c) => {
      await c.page.getByLabel('Registry URL').fill('ftp://registry.example');
      await c.open('Add registry', /./);
      await until(() => c.page.locator('main [aria-invalid=true]').count(), (n) => n === 1, 30_000, 'the field error');
    },
  },
  { name: 'keys, none stored', open: (c) => c.goto('/keys') },
  {
    name: 'keys, create form with errors',
    open: async (c) => {
      await c.open('Create key', /./);
      await until(() => c.page.locator('main [aria-invalid=true]').count(), (n) => n > 0, 30_000, 'field errors');
    },
  },
  {
    name: 'keys, one unlocked',
    open: async (c) => {
      await importAndUnlock(c.page, c.env.appUrl, c.env.stack.adminKeyFile, 'Admin key');
      await c.goto('/keys');
    },
  },
  { name: 'keys, export prompt', open: (c) => c.open('Export Admin key', /Enter the passphrase again/) },
  { name: 'keys, delete confirmation', open: async (c) => { await c.goto('/keys'); await c.open('Delete Admin key', /from this browser\?/); } },
  {
    name: 'registries home, one saved',
    open: async (c) => {
      await saveRegistry(c.page, c.env.appUrl, c.env.stack.registry.url);
      await c.goto('/');
    },
  },
  { name: 'browse', open: (c) => c.goto(c.registry()) },
  { name: 'search results', open: (c) => c.goto(c.registry('?q=bit')) },
  { name: 'package: overview', open: (c) => c.goto(c.registry(`/p/${DEMO_PACKAGE}`)) },
  { name: 'package: versions', open: (c) => c.goto(c.registry(`/p/${DEMO_PACKAGE}?tab=versions`)) },
  { name: 'package: view as device', open: (c) => c.goto(c.registry(`/p/${DEMO_PACKAGE}?tab=device`)) },
  { name: 'package: manage', open: (c) => c.goto(c.registry(`/p/${DEMO_PACKAGE}?tab=manage`)) },
  { name: 'package: typed confirmation', open: (c) => c.open(`Remove package ${DEMO_PACKAGE}`, /Type .* to confirm/) },
  { name: 'publish, no bucket', open: (c) => c.goto(c.registry('/publish')) },
  {
    name: 'publish, rows with a rejected file',
    open: async (c) => {
      const b = c.env.stack.bucket;
      await configureBucket(c.page, { endpoint: c.proxy.url, bucket: b.bucket, publicBaseUrl: `${c.proxy.url}/${b.bucket}`, accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY });
      const demo: FixtureOptions = { id: 'a11y-demo', title: 'A11y Demo', version: '1.0.0:0', arches: ['x86_64'] };
      const ok = await c.files.write('a11y-demo_x86_64.s9pk', demo);
      const conflict = await c.files.write('bitcoind_28.1_riscv64.s9pk', { id: 'bitcoind', title: 'Bitcoin Core', version: '28.1.0:0', arches: ['riscv64'] });
      const bad = await c.files.writeTampered('a11y-demo_broken.s9pk', { ...demo, version: '1.1.0:0' }, 'javascript.squashfs');
      await dropFiles(c.page, ok, conflict, bad);
      await waitRow(c.page, 'a11y-demo_x86_64.s9pk', /Verified: signature/);
      await waitRow(c.page, 'a11y-demo_broken.s9pk', /Rejected/);
    },
  },
  {
    name: 'publish, uploading',
    open: async (c) => {
      c.proxy.holdUploads = true;
      await c.page.getByRole('button', { name: 'Publish a11y-demo_x86_64.s9pk' }).click();
      await waitRow(c.page, 'a11y-demo_x86_64.s9pk', /Uploading/);
    },
  },
  {
    name: 'publish, added',
    open: async (c) => {
      c.proxy.holdUploads = false;
      await waitRow(c.page, 'a11y-demo_x86_64.s9pk', /Added to the registry/);
    },
  },
  { name: 'curation: overview', open: (c) => c.goto(c.registry('/curate')) },
  { name: 'curation: categories', open: (c) => c.goto(c.registry('/curate/categories')) },
  { name: 'curation: assign packages', open: (c) => c.open('Assign packages to bitcoin', /selected/) },
  { name: 'curation: delete a category', open: async (c) => { await c.goto(c.registry('/curate/categories')); await c.open('Delete media', /carry "media"|Delete "media"/); } },
  { name: 'curation: signers', open: (c) => c.goto(c.registry('/curate/signers')) },
  { name: 'curation: add a signer', open: (c) => c.open('Add a signer', /Paste public keys/) },
  { name: 'curation: scopes', open: (c) => c.goto(c.registry('/curate/scopes')) },
  { name: 'curation: one package’s scopes', open: (c) => c.goto(c.registry(`/curate/scopes?pkg=${DEMO_PACKAGE}`)) },
  { name: 'curation: grant a scope', open: (c) => c.open('Grant a scope', /Grant scope/) },
  { name: 'curation: identity', open: (c) => c.goto(c.registry('/curate/identity')) },
  { name: 'curation: retention', open: (c) => c.goto(c.registry('/curate/retention')) },
  { name: 'curation: retention preview', open: (c) => c.open('Show what goes', /versions? go/) },
  { name: 'curation: retention confirmation', open: (c) => c.open(/^Remove \d+ versions?$/, /Type .* to confirm/) },
  { name: 'OS releases', open: (c) => c.goto(c.registry('/os')) },
  { name: 'OS releases: the bucket settings opened from its line', open: (c) => c.open('Change the upload bucket', /Save bucket/) },
  {
    name: 'OS releases: dropped images, one refused',
    open: async (c) => {
      await c.page.keyboard.press('Escape'); // the bucket settings close
      await until(() => c.page.getByRole('button', { name: 'Save bucket' }).count(), (n) => n === 0, 30_000, 'the bucket settings closed');
      const image = join(c.files.dir, 'startos-0.4.0_riscv64.squashfs');
      writeFileSync(image, patternBytes(0, 50_000, 21));
      writeFileSync(join(c.files.dir, 'notes.txt'), 'not an image');
      await c.page.getByLabel('Choose images for 0.4.0…').setInputFiles([image, join(c.files.dir, 'notes.txt')]);
      await osRowShows(c, 'startos-0.4.0_riscv64.squashfs', 'BLAKE3 hash:');
    },
  },
  {
    name: 'OS releases: image added',
    open: async (c) => {
      await c.page.getByRole('button', { name: 'Add to StartOS 0.4.0' }).click();
      await osRowShows(c, 'startos-0.4.0_riscv64.squashfs', 'Added:');
    },
  },
  {
    name: 'OS releases: co-sign refuses another file',
    open: async (c) => {
      const item = c.page.getByRole('listitem', { name: 'x86_64 iso', exact: true }).first();
      await item.getByRole('button', { name: 'Co-sign' }).click();
      const other = join(c.files.dir, 'other_x86_64.iso');
      writeFileSync(other, patternBytes(0, 1000, 22));
      await item.getByLabel('Choose the file…').setInputFiles(other);
      await until(() => item.getByRole('alert').count(), (n) => n === 1, 30_000, 'the co-sign mismatch');
    },
  },
  { name: 'OS releases: add a mirror', open: (c) => c.open('Add mirror', /Check and add/) },
  {
    name: 'OS releases: new release form with errors',
    open: async (c) => {
      await osAsAdmin(c);
      await c.open('New release', /Version number/);
      await c.page.getByLabel('Version number').fill('0.4.0');
      await c.page.getByLabel('Devices that may upgrade (source version range)').fill('>=0.3.5');
      await c.page.getByRole('button', { name: 'Preview notes' }).click();
      await until(() => c.page.locator('main [aria-invalid=true]').count(), (n) => n === 1, 30_000, 'the version error');
    },
  },
  { name: 'OS releases: authorized signers', open: async (c) => { await osAsAdmin(c); await c.open('Authorized signers', /Authorize a signer of this registry|Every signer of this registry/); } },
  { name: 'OS releases: promote panel', open: async (c) => { await osAsAdmin(c); await c.open('Promote', /Save another registry first|Target registry|next channel/); } },
  { name: 'OS releases: remove confirmation', open: async (c) => { await osAsAdmin(c); await c.open(/^Remove StartOS /, /Type .* to confirm/); } },
  { name: 'metrics', open: (c) => c.goto(c.registry('/metrics')) },
  { name: 'mirror health', open: (c) => c.goto(c.registry('/health')) },
  {
    name: 'mirror health, after a run (package and OS image URLs)',
    open: async (c) => {
      await c.open(/^Check \d+ URLs$/, /The last run (finished|was cancelled)/);
      await until(() => c.page.getByRole('region', { name: 'OS images' }).count(), (n) => n === 1, 30_000, 'the OS images');
    },
  },
  { name: 'database', open: (c) => c.goto(c.registry('/database')) },
  { name: 'database: a dry run the registry would refuse', open: (c) => dryRun(c, 'del(.admins) | .index.name = 5', /would refuse/) },
  { name: 'database: a dry run’s changes', open: (c) => dryRun(c, '.index.name = "Renamed" | .index.icon = null', /would change/) },
  { name: 'database: the apply confirmation', open: (c) => c.open(/^Apply \d+ changes?$/, /Apply to the registry/) },
  { name: 'admin overview', open: (c) => c.goto(c.registry('/overview')) },
  { name: 'access review', open: (c) => c.goto(c.registry('/access')) },
  { name: 'access review, every package', open: (c) => c.goto(c.registry('/access?all=1')) },
  { name: 'channels', open: (c) => c.goto('/channels') },
  {
    name: 'channels: a populated board',
    open: async (c) => {
      await saveRegistry(c.page, c.env.appUrl, c.stable);
      const line = new URLSearchParams([['ch', `beta@${c.env.stack.registry.url}`], ['ch', `stable@${c.stable}`]]);
      await c.goto(`/channels?${line.toString()}`);
      await c.open('Use this line as mine', /./);
      await until(() => c.page.getByTestId('board-timing').count(), (n) => n === 1, 60_000, 'the board');
    },
  },
  { name: 'channels: the promote panel', open: (c) => c.open(`Promote ${DEMO_PACKAGE} 28.1.0:0 to stable`, /Promote from beta to stable/) },
  { name: 'history', open: (c) => c.goto('/history') },
  {
    name: 'key compromise, findings listed',
    open: async (c) => {
      await adminKeyActs(c);
      await c.goto('/key-compromise');
      await findKey(c, encodePublicKeyPem(publicKeyFromSeed(c.env.stack.adminSeed)));
    },
  },
  {
    name: 'key compromise, response done',
    open: async (c) => {
      // TEST-ONLY: a second admin whose key "leaked"; revoking it leaves the stack's admin
      const seed = new Uint8Array(32).fill(0x6c);
      const pem = encodePublicKeyPem(publicKeyFromSeed(seed));
      const admin = createRegistryClient({ url: c.env.stack.registry.url, signer: seedSigner(c.env.stack.adminSeed) });
      await admin.api.admin.add({ signer: await admin.api.admin.signer.add({ name: 'A11y Leaked', contact: [], keys: [pem] }) });
      // open the page anew: its reads refetch and see the new signer
      await c.goto('/history');
      await c.goto('/key-compromise');
      await findKey(c, pem);
      await c.page.getByLabel(/^Revoke the administrator status of A11y Leaked/).check();
      await c.open('Remove the key from 1 signer', /✓ Done/);
      await c.open('Revoke 1 administrator', /Revoke administrator status[\s\S]*✓ Done/);
    },
  },
];

/** The stack's admin key unlocked and acting on the saved stand-in registry (whatever ran before). */
async function adminKeyActs(c: StateContext): Promise<void> {
  await c.goto('/keys');
  if ((await c.page.getByRole('button', { name: 'Lock Admin key', exact: true }).count()) === 0) {
    if ((await c.page.getByRole('button', { name: 'Unlock Admin key' }).count()) > 0) await unlockKey(c.page, c.env.appUrl, 'Admin key');
    else await importAndUnlock(c.page, c.env.appUrl, c.env.stack.adminKeyFile, 'Admin key');
  }
  await saveRegistry(c.page, c.env.appUrl, c.env.stack.registry.url);
}

/** Pastes `pem` on the key-compromise page and waits for the findings. */
async function findKey(c: StateContext, pem: string): Promise<void> {
  await c.page.getByLabel('Compromised public key').fill(pem);
  await c.open('Find what it signed', /Step 1/);
  await until(() => c.page.locator('main .animate-spin').count(), (n) => n === 0, 60_000, 'the findings');
}

/** The `StateContext` helpers over one page. */
export function stateContext(page: Page, env: E2E, proxy: FlakyProxy, files: FixtureDir, stable: string): StateContext {
  const settle = () =>
    until(
      () => page.evaluate(() => document.querySelector('main h1') !== null && document.querySelector('main .animate-spin') === null),
      (ready) => ready,
      60_000,
      `${page.url()} to settle`,
    );
  return {
    page,
    env,
    proxy,
    files,
    stable,
    registry: (rest = '') => `/r/${encodeURIComponent(env.stack.registry.url)}${rest}`,
    goto: async (route) => {
      await page.goto(`${env.appUrl}#${route}`);
      await settle();
    },
    open: async (name, shows) => {
      await page.getByRole('button', { name, exact: typeof name === 'string' }).first().click();
      // some buttons start registry or worker work (a dry run in jq, a check of every URL): 60 s
      await until(async () => (await page.locator('main').textContent()) ?? '', (t) => (typeof shows === 'string' ? t.includes(shows) : shows.test(t)), 60_000, `${String(shows)} after ${String(name)}`);
    },
  };
}
