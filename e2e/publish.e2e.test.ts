/**
 * Publish journeys in Chromium against the real local stack (stand-in registry, s3rver behind
 * a controllable proxy, the dev file host): drop → verify → pre-flight → upload → add → browse;
 * a second architecture; a tampered file; a conflict refused before upload; a scoped signer
 * outside its range; URL hosting; an interrupted upload resumed; a failed add retried without
 * re-uploading; then the package page's manage actions (mirrors, remove variant / version /
 * package).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import type { PackageIndex } from '../src/core/rpc/types.ts';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from '../src/cli/stack/s3.ts';
import { createFileHost } from '../src/server/node/file-host.ts';
import { serve } from '../src/server/node/serve.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { watchCsp, type CspWatch } from './support/csp.ts';
import { startFlakyProxy, type FlakyProxy } from './support/flaky-proxy.ts';
import { fixtureDir, type FixtureDir } from './support/publish-files.ts';
import { configureBucket, dropFiles, fileRow, importAndUnlock as importKey, openPublish as open, saveRegistry, unlockKey, waitRow } from './support/publish-steps.ts';

let env: E2E;
let page: Page;
let proxy: FlakyProxy;
let files: FixtureDir;
let host: { url: string; dir: string; close: () => Promise<void> };
const pageErrors: string[] = [];
let csp: CspWatch;
const ID = 'e2e-hello';
const TITLE = 'E2E Hello';

beforeAll(async () => {
  env = await startE2E();
  proxy = await startFlakyProxy(env.stack.bucket.endpoint);
  files = fixtureDir();
  const { server, url } = await serve(createFileHost(files.dir), { host: '127.0.0.1', port: 0 });
  host = { url, dir: files.dir, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  csp = await watchCsp(page);
});
afterAll(async () => {
  await host?.close();
  await proxy?.close();
  await env?.close();
});

const registryUrl = () => env.stack.registry.url;
const base = () => `${env.appUrl}#/r/${encodeURIComponent(registryUrl())}`;
const anon = () => createRegistryClient({ url: registryUrl() });
const adminClient = () => createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });
const index = async (): Promise<PackageIndex> => anon().api.package.index({});
const mainText = async () => (await page.locator('main').textContent()) ?? '';
const row = (file: string) => fileRow(page, file);
/** A row's text, for expect.poll: the pre-flight against the registry lands after "Verified". */
const rowText = async (file: string) => (await row(file).textContent()) ?? '';
const importAndUnlock = (keyFile: string, name: string) => importKey(page, env.appUrl, keyFile, name);
const unlock = (name: string) => unlockKey(page, env.appUrl, name);
const openPublish = () => open(page, env.appUrl, registryUrl());
const drop = (...paths: string[]) => dropFiles(page, ...paths);
const waitVerified = (file: string) => waitRow(page, file, /Verified: signature/);
const publishAndWait = async (file: string) => {
  await row(file).getByRole('button', { name: `Publish ${file}` }).click();
  await waitRow(page, file, /Added to the registry/);
};

describe('publish journeys', () => {
  it('admin: drop → verified → new package → upload to the bucket → added → browse shows the variant', async () => {
    await importAndUnlock(env.stack.adminKeyFile, 'Admin key');
    // a registry opened by link gets no signature until it is saved (issue 11, item 8)
    expect(await saveRegistry(page, env.appUrl, registryUrl())).toBe('Admin');
    await openPublish();
    // bucket settings: uploads through the proxy; the registry also downloads through it
    await configureBucket(page, {
      endpoint: proxy.url,
      bucket: env.stack.bucket.bucket,
      publicBaseUrl: `${proxy.url}/${env.stack.bucket.bucket}`,
      accessKeyId: S3_ACCESS_KEY,
      secretAccessKey: S3_SECRET_KEY,
    });

    const x86 = await files.write('e2e-hello_x86_64.s9pk', { id: ID, title: TITLE, version: '1.0.0:0', arches: ['x86_64'] });
    await drop(x86);
    await waitVerified('e2e-hello_x86_64.s9pk');
    await expect.poll(() => rowText('e2e-hello_x86_64.s9pk')).toMatch(/New package/);
    const text = await rowText('e2e-hello_x86_64.s9pk');
    expect(text).toContain(TITLE);
    expect(text).toContain('1.0.0:0');
    expect(text).toContain('x86_64');
    expect(text).toMatch(/New package/);
    expect(text).toMatch(/License present/);
    await publishAndWait('e2e-hello_x86_64.s9pk');

    const v = (await index()).packages[ID]!.versions['1.0.0:0']!;
    expect(v.s9pks.map(([hw]) => hw.arch)).toEqual([['x86_64']]);
    expect(v.s9pks[0]![1].urls).toEqual([`${proxy.url}/${env.stack.bucket.bucket}/${ID}/1.0.0%3A0/e2e-hello_x86_64.s9pk`]);
    expect(proxy.log.some((e) => e.method === 'PUT' && e.outcome === 200)).toBe(true);

    await page.getByRole('link', { name: 'Packages' }).click();
    await expect.poll(() => page.getByRole('link', { name: new RegExp(TITLE) }).count()).toBe(1);
    await page.getByRole('link', { name: new RegExp(TITLE) }).click();
    const table = page.getByRole('region', { name: 'Hardware variants of 1.0.0:0' });
    await expect.poll(async () => (await table.textContent()) ?? '').toContain('x86_64');
  });

  it('the other architecture is a new variant and is appended', async () => {
    await openPublish();
    const arm = await files.write('e2e-hello_aarch64.s9pk', { id: ID, title: TITLE, version: '1.0.0:0', arches: ['aarch64'] });
    await drop(arm);
    await waitVerified('e2e-hello_aarch64.s9pk');
    await expect.poll(() => rowText('e2e-hello_aarch64.s9pk')).toMatch(/New variant.*next to 1 existing one/);
    await publishAndWait('e2e-hello_aarch64.s9pk');
    const v = (await index()).packages[ID]!.versions['1.0.0:0']!;
    // equally specific variants keep their order: the new one is appended
    expect(v.s9pks.map(([hw]) => hw.arch)).toEqual([['x86_64'], ['aarch64']]);
  });

  it('a tampered file is rejected with the member that fails, and offers no publish button', async () => {
    await openPublish();
    const bad = await files.writeTampered('tampered.s9pk', { id: ID, title: TITLE, version: '1.1.0:0' }, 'javascript.squashfs');
    await drop(bad);
    await expect.poll(() => rowText('tampered.s9pk'), { timeout: 60_000 }).toMatch(/Rejected/);
    await expect.poll(() => rowText('tampered.s9pk')).toMatch(/does not match its recorded hash.*javascript\.squashfs/);
    expect(await row('tampered.s9pk').getByRole('button', { name: /^Publish / }).count()).toBe(0);
  });

  it('a conflicting file is refused before any upload, with the differing fields side by side', async () => {
    await openPublish();
    const before = proxy.log.length;
    const conflict = await files.write('conflict.s9pk', { id: ID, title: TITLE, version: '1.0.0:0', arches: ['riscv64'], releaseNotes: { en_US: 'Rebuilt notes' } });
    await drop(conflict);
    await waitVerified('conflict.s9pk');
    const r = row('conflict.s9pk');
    await expect.poll(() => rowText('conflict.s9pk')).toMatch(/Conflict.*error 38.*Remove the version first, then re-add every variant/);
    const diff = r.getByRole('region', { name: 'Differences with the indexed 1.0.0:0' });
    await expect.poll(() => diff.textContent()).toMatch(/releaseNotes[\s\S]*Release 1\.0\.0:0[\s\S]*Rebuilt notes/);
    expect(await r.getByRole('button', { name: 'Publish conflict.s9pk' }).count()).toBe(0);
    expect(proxy.log.length).toBe(before);
  });

  it('URL hosting: a file already on the dev file host is checked from the browser and added', async () => {
    await openPublish();
    await files.write('e2e-hello_2.s9pk', { id: ID, title: TITLE, version: '2.0.0:0' });
    await drop(join(files.dir, 'e2e-hello_2.s9pk'));
    await waitVerified('e2e-hello_2.s9pk');
    const r = row('e2e-hello_2.s9pk');
    await expect.poll(() => rowText('e2e-hello_2.s9pk')).toMatch(/New version/);
    await r.getByLabel('Already hosted at URLs').check();
    await r.getByLabel(/Download URLs/).fill(`${host.url}/e2e-hello_2.s9pk\n${host.url}/missing.s9pk`);
    await r.getByRole('button', { name: 'Check URLs' }).click();
    // the two URLs are checked concurrently: either answer can come first
    await expect.poll(() => rowText('e2e-hello_2.s9pk')).toMatch(/e2e-hello_2\.s9pk: Serves this file/);
    await expect.poll(() => rowText('e2e-hello_2.s9pk')).toMatch(/missing\.s9pk: HEAD answered HTTP 404/);
    await expect.poll(() => r.getByRole('button', { name: 'Publish e2e-hello_2.s9pk' }).isDisabled()).toBe(true);
    await r.getByLabel(/Download URLs/).fill(`${host.url}/e2e-hello_2.s9pk`);
    await publishAndWait('e2e-hello_2.s9pk');
    expect((await index()).packages[ID]!.versions['2.0.0:0']!.s9pks[0]![1].urls).toEqual([`${host.url}/e2e-hello_2.s9pk`]);
  });

  it('an upload cut mid-part is retried, then pauses, and resumes without re-sending finished parts', async () => {
    await openPublish();
    const big = await files.write('e2e-hello_3.s9pk', { id: ID, title: TITLE, version: '3.0.0:0', imageSize: 20 << 20 });
    proxy.dropParts.add(2);
    // parts 1 and 3 finish before part 2's last cut: otherwise its final failure stops them
    // mid-way (by design) and the pause reports less than 1x MiB on a slow machine
    proxy.cutAfterStored = [1, 3];
    await drop(big);
    await waitVerified('e2e-hello_3.s9pk');
    const r = row('e2e-hello_3.s9pk');
    await r.getByRole('button', { name: 'Publish e2e-hello_3.s9pk' }).click();
    // parts 1 and 3 go up beside part 2, which is cut on every attempt (retried with backoff)
    await expect.poll(async () => (await r.textContent()) ?? '', { timeout: 120_000 }).toMatch(/Upload paused at 1\d(\.\d)? MiB .* after a network failure/);
    expect(proxy.partsStored('3.0.0', 1)).toBe(1);
    expect(proxy.partsStored('3.0.0', 3)).toBe(1);
    // four attempts at least (Chromium itself may resend a PUT cut on a reused connection)
    expect(proxy.log.filter((e) => e.path.includes('3.0.0') && e.partNumber === 2 && e.outcome === 'dropped').length).toBeGreaterThanOrEqual(4);
    proxy.dropParts.clear();
    proxy.cutAfterStored = [];
    await r.getByRole('button', { name: 'Resume upload' }).click();
    await expect.poll(async () => (await r.textContent()) ?? '', { timeout: 120_000 }).toMatch(/Added to the registry/);
    expect(proxy.partsStored('3.0.0', 1)).toBe(1);
    expect(proxy.partsStored('3.0.0', 2)).toBe(1);
    expect(proxy.partsStored('3.0.0', 3)).toBe(1);
    expect(Object.keys((await index()).packages[ID]!.versions)).toContain('3.0.0:0');
  });

  it('aborting a paused upload asks the bucket to delete it and reports that s3rver refuses (405)', async () => {
    await openPublish();
    const big = await files.write('e2e-hello_6.s9pk', { id: ID, title: TITLE, version: '6.0.0:0', imageSize: 20 << 20 });
    proxy.dropParts.add(2);
    await drop(big);
    await waitVerified('e2e-hello_6.s9pk');
    const r = row('e2e-hello_6.s9pk');
    await r.getByRole('button', { name: 'Publish e2e-hello_6.s9pk' }).click();
    await waitRow(page, 'e2e-hello_6.s9pk', /Upload paused/);
    proxy.dropParts.clear();
    await r.getByRole('button', { name: 'Abort upload' }).click();
    await waitRow(page, 'e2e-hello_6.s9pk', /Upload aborted.*does not implement AbortMultipartUpload \(HTTP 405/);
    expect(proxy.log.some((e) => e.method === 'DELETE' && e.path.includes('6.0.0') && e.outcome === 405)).toBe(true);
    // the resume state is forgotten: publishing again starts a fresh upload
    expect(await r.getByRole('button', { name: 'Publish e2e-hello_6.s9pk' }).isEnabled()).toBe(true);
    expect(Object.keys((await index()).packages[ID]!.versions)).not.toContain('6.0.0:0');
  });

  it('package.add failing after the upload keeps the uploaded URL; retry does not upload again', async () => {
    await openPublish();
    const f = await files.write('e2e-hello_4.s9pk', { id: ID, title: TITLE, version: '4.0.0:0' });
    await drop(f);
    await waitVerified('e2e-hello_4.s9pk');
    const r = row('e2e-hello_4.s9pk');
    proxy.failDownloads = true;
    await r.getByRole('button', { name: 'Publish e2e-hello_4.s9pk' }).click();
    await expect.poll(() => rowText('e2e-hello_4.s9pk'), { timeout: 60_000 }).toMatch(/could not download the file/);
    await expect.poll(() => rowText('e2e-hello_4.s9pk')).toMatch(/stays uploaded/);
    const puts = proxy.log.filter((e) => e.method === 'PUT').length;
    proxy.failDownloads = false;
    await r.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(async () => (await r.textContent()) ?? '', { timeout: 60_000 }).toMatch(/Added to the registry/);
    expect(proxy.log.filter((e) => e.method === 'PUT').length).toBe(puts);
    expect(Object.keys((await index()).packages[ID]!.versions)).toContain('4.0.0:0');
  });

  it('a scoped signer outside its range is blocked with its scope; inside it, it may publish', async () => {
    const seed = generateSeed();
    const admin = adminClient();
    const guid = await admin.api.admin.signer.add({ name: 'Scoped Dev', contact: [], keys: [encodePublicKeyPem(publicKeyFromSeed(seed))] });
    await admin.api.package.signer.add({ id: ID, signer: guid, versions: '>=1.0.0:0 <2.0.0:0', merge: false });
    const keyFile = join(files.dir, 'scoped.key.pem');
    writeFileSync(keyFile, encodePrivateKeyPem(seed));
    await importAndUnlock(keyFile, 'Scoped key');
    await openPublish();
    // the role and scopes are read from the registry after the page opens
    await expect.poll(mainText).toMatch(/as a signer\. Your scopes: e2e-hello/);
    const out = await files.write('e2e-hello_5.s9pk', { id: ID, title: TITLE, version: '5.0.0:0' });
    const inside = await files.write('e2e-hello_15.s9pk', { id: ID, title: TITLE, version: '1.5.0:0' });
    await drop(out, inside);
    await waitVerified('e2e-hello_5.s9pk');
    await waitVerified('e2e-hello_15.s9pk');
    await expect.poll(() => rowText('e2e-hello_5.s9pk')).toMatch(/Not authorized.*Your scope on "e2e-hello" is .*which 5\.0\.0:0 does not satisfy/);
    await expect.poll(() => rowText('e2e-hello_15.s9pk')).toMatch(/New version/);
    expect(await row('e2e-hello_5.s9pk').getByRole('button', { name: 'Publish e2e-hello_5.s9pk' }).count()).toBe(0);
    await unlock('Admin key');
  });
});

describe('manage actions on the package page', () => {
  const manage = () => page.goto(`${base()}/p/${ID}?tab=manage`);
  const versionsOf = async () => Object.keys((await index()).packages[ID]?.versions ?? {});

  it('adds a checked mirror to a variant and removes it; the last URL is never offered for removal', async () => {
    await manage();
    const v1 = page.getByRole('region', { name: '1.0.0:0' });
    const x86 = v1.getByRole('listitem', { name: 'Variant 1 of 1.0.0:0' });
    await expect.poll(async () => (await x86.textContent()) ?? '').toMatch(/only URL of a variant: cannot be removed/);
    expect(await x86.getByRole('button', { name: /^Remove mirror/ }).count()).toBe(0);
    const mirror = `${host.url}/e2e-hello_x86_64.s9pk`;
    // a URL serving another archive is refused before the registry is asked
    await x86.getByLabel('Add a mirror URL to variant 1 (x86_64)').fill(`${host.url}/e2e-hello_aarch64.s9pk`);
    await x86.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(async () => (await x86.textContent()) ?? '').toMatch(/Serves a different archive/);
    await x86.getByLabel('Add a mirror URL to variant 1 (x86_64)').fill(mirror);
    await x86.getByRole('button', { name: 'Check and add' }).click();
    await expect.poll(async () => (await index()).packages[ID]!.versions['1.0.0:0']!.s9pks[0]![1].urls, { timeout: 30_000 }).toContain(mirror);
    await x86.getByRole('button', { name: `Remove mirror ${mirror}` }).click();
    await expect.poll(async () => (await index()).packages[ID]!.versions['1.0.0:0']!.s9pks[0]![1].urls).not.toContain(mirror);
    await expect.poll(async () => x86.getByRole('button', { name: /^Remove mirror/ }).count()).toBe(0);
  });

  it('removes a variant, then a version, with the impact shown first', async () => {
    await manage();
    const v1 = page.getByRole('region', { name: '1.0.0:0' });
    await v1.getByRole('button', { name: 'Remove variant 2 of 1.0.0:0' }).click();
    await expect.poll(() => v1.getByRole('group', { name: 'Remove variant 2 of 1.0.0:0' }).textContent()).toMatch(/Removes 1 variant and 1 download URL/);
    await v1.getByRole('button', { name: 'Remove the variant' }).click();
    await expect.poll(async () => (await index()).packages[ID]!.versions['1.0.0:0']!.s9pks.map(([hw]) => hw.arch)).toEqual([['x86_64']]);

    const v2 = page.getByRole('region', { name: '2.0.0:0' });
    await v2.getByRole('button', { name: 'Remove version 2.0.0:0' }).click();
    await expect.poll(() => v2.getByRole('group', { name: 'Remove version 2.0.0:0' }).textContent()).toMatch(/1 version, 1 variant, and 1 download URL[\s\S]*No package in this registry depends on e2e-hello/);
    await v2.getByRole('button', { name: 'Remove 2.0.0:0' }).click();
    await expect.poll(versionsOf).not.toContain('2.0.0:0');
  });

  it('removes the whole package after its id is typed; browse no longer lists it', async () => {
    await manage();
    await page.getByRole('button', { name: `Remove package ${ID}` }).click();
    const confirm = page.getByRole('button', { name: `Remove ${ID} for good` });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel(`Type ${ID} to confirm`).fill(ID);
    await confirm.click();
    await expect.poll(async () => (await index()).packages[ID]).toBeUndefined();
    await expect.poll(() => page.url()).not.toContain('/p/');
    await expect.poll(() => page.getByRole('link', { name: /Bitcoin Core/ }).count()).toBe(1);
    // browse may first draw the cached index, which still lists the package; the refetch drops it
    await expect.poll(() => page.getByRole('link', { name: new RegExp(TITLE) }).count()).toBe(0);
  });
});

describe('no page errors', () => {
  it('the console raised none', () => {
    expect(pageErrors).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
});
