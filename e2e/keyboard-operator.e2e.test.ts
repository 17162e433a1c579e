/**
 * Keyboard only, on the wave-2 operator pages: on the OS releases page set up the upload
 * bucket, choose an image through the file chooser, see it hashed and add it to a release; on
 * the key-compromise page paste a public key, get its findings and run one response step —
 * with Tab, Shift+Tab, Enter, Space, Escape and typing, never a pointer. Every focus stop shows
 * its focus, and after each step the focus is on what changed. What is not the subject (the
 * release, the leaked key's signer and package, the unlocked admin key) is set up beforehand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { blake3 } from '@noble/hashes/blake3.js';
import { createRegistryClient } from '../src/core/rpc/client.ts';
import { seedSigner } from '../src/core/rpc/seed-signer.ts';
import { parseHeader } from '../src/core/s9pk/header.ts';
import { encodeBlake3Commitment, encodeMerkleCommitment, signCommitment, S9PK_SIG_CONTEXT } from '../src/core/sign/commitment.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../src/core/sign/keys.ts';
import { buildFixtureS9pk } from '../src/core/testing/fixtures.ts';
import { patternBytes } from '../src/core/testing/pattern-source.ts';
import { startE2E, type E2E } from './support/stack.ts';
import { importAndUnlock, saveRegistry, until } from './support/publish-steps.ts';
import { bucketFields, countPointerEvents, FocusWalk, focusNow, interceptFileChoosers, pointerEvents } from './support/keyboard.ts';

/** TEST-ONLY: the "leaked" developer key. */
const LEAKED_SEED = new Uint8Array(32).fill(0x5d);
const leakedPem = encodePublicKeyPem(publicKeyFromSeed(LEAKED_SEED));
const VERSION = '0.4.0';
const IMAGE = `startos-${VERSION}_x86_64.iso`;
const imageBytes = patternBytes(0, 300_000, 31);

let env: E2E;
let page: Page;
let walk: FocusWalk;
let dir: string;
const pageErrors: string[] = [];
const registryUrl = () => env.stack.registry.url;
const admin = () => createRegistryClient({ url: registryUrl(), signer: seedSigner(env.stack.adminSeed) });

beforeAll(async () => {
  env = await startE2E({ demo: false });
  dir = mkdtempSync(join(tmpdir(), 'rc-e2e-keyboard-operator-'));
  writeFileSync(join(dir, IMAGE), imageBytes);
  await admin().api.os.version.add({ version: VERSION, headline: 'Keyboard release', releaseNotes: 'Notes.', sourceVersion: '>=0.3.5' });
  // a signer holding the leaked key, and a package that key signed
  await admin().api.admin.signer.add({ name: 'Leaky Dev', contact: [], keys: [leakedPem] });
  const bytes = await buildFixtureS9pk({ id: 'leaky-keys', seed: LEAKED_SEED });
  const h = parseHeader(bytes.subarray(0, 155), bytes.length);
  const c = { hash: h.rootSighash, size: h.rootMaxSize };
  const url = await env.stack.bucket.put('leaky-keys/leaky-keys.s9pk', bytes);
  await admin().api.package.add({ urls: [url], commitment: encodeMerkleCommitment(c), signature: signCommitment(c, env.stack.adminSeed, S9PK_SIG_CONTEXT) });

  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await countPointerEvents(page);
  interceptFileChoosers(page);
  walk = new FocusWalk(page);
  // not the subject here (e2e/keyboard.e2e.test.ts imports a key by keyboard): the admin key
  // unlocked and acting on the saved registry, then the pointer count starts again
  await importAndUnlock(page, env.appUrl, env.stack.adminKeyFile, 'Admin key');
  expect(await saveRegistry(page, env.appUrl, registryUrl())).toBe('Admin');
  await page.evaluate(() => void (window.__pointerEvents = 0));
}, 180_000);

afterAll(async () => {
  await env?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const type = (text: string) => page.keyboard.type(text);
const focusText = async () => (await focusNow(page)).text;
const text = async (l: Locator) => (await l.textContent({ timeout: 30_000 })) ?? '';

describe('keyboard only, operator pages', () => {
  it('OS releases: sets up the bucket from the release’s drop area, chooses an image, sees it hashed and adds it', async () => {
    await page.goto(`${env.appUrl}#/r/${encodeURIComponent(registryUrl())}/os`);
    const release = page.getByRole('region', { name: `StartOS ${VERSION}`, exact: true });
    await until(() => release.getByRole('heading', { name: `Manage the images of StartOS ${VERSION}` }).count(), (n) => n === 1, 60_000, 'the image manager');

    // the bucket is set up where the images go; its panel's heading takes the focus
    await walk.pressOn(release.getByRole('button', { name: 'Set up the upload bucket' }), 'Enter');
    await expect.poll(focusText, { timeout: 30_000 }).toBe('Upload bucket');
    const b = env.stack.bucket;
    await walk.typeFields(release, bucketFields(b));
    await walk.pressOn(release.getByRole('button', { name: 'Save bucket' }), 'Enter');
    // folded into one line, which takes the focus
    await expect.poll(focusText, { timeout: 60_000 }).toBe(`Bucket: ${b.bucket} at ${b.endpoint} · Unlocked for this session.`);

    await walk.chooseFile(release.getByRole('button', { name: `Choose images for ${VERSION}…` }), 'Enter', join(dir, IMAGE));
    const row = release.getByRole('listitem', { name: IMAGE });
    const { hash } = encodeBlake3Commitment({ hash: blake3(imageBytes), size: BigInt(imageBytes.length) });
    await until(() => text(row), (t) => t.includes('BLAKE3 hash:'), 120_000, 'the image hashed');
    expect(await text(row)).toContain(hash);
    expect(await row.getByLabel('Platform').inputValue()).toBe('x86_64');

    await walk.pressOn(row.getByRole('button', { name: `Add to StartOS ${VERSION}` }), 'Enter');
    // the button is gone: its result takes the focus
    await expect.poll(focusText, { timeout: 120_000 }).toBe(`Added: x86_64 iso of StartOS ${VERSION}.`);
    const v = (await createRegistryClient({ url: registryUrl() }).api.os.index()).versions[VERSION]!;
    expect(v.iso['x86_64']!.commitment).toEqual(encodeBlake3Commitment({ hash: blake3(imageBytes), size: BigInt(imageBytes.length) }));
    expect(v.iso['x86_64']!.urls).toEqual([`${b.publicUrl}/startos/${VERSION}/${IMAGE}`]);
  });

  it('key compromise: pastes a key, gets its findings, removes it from its signer', async () => {
    await page.goto(`${env.appUrl}#/key-compromise`);
    const field = page.getByLabel('Compromised public key');
    await until(() => field.count(), (n) => n === 1, 60_000, 'the key field');
    await walk.tabTo(field);
    await type(leakedPem.trim());
    await walk.pressOn(page.getByRole('button', { name: 'Find what it signed' }), 'Enter');
    // the findings' heading takes the focus
    await expect.poll(focusText, { timeout: 60_000 }).toMatch(/^What \S+ signed$/);
    const findings = page.getByTestId('findings');
    await until(() => text(findings), (t) => t.includes('leaky-keys') && t.includes('Leaky Dev'), 60_000, 'the findings');

    const step = page.getByTestId('step-remove-key');
    await until(() => step.getByRole('button', { name: 'Remove the key from 1 signer' }).isEnabled(), (e) => e, 60_000, 'the step ready');
    await walk.pressOn(step.getByRole('button', { name: 'Remove the key from 1 signer' }), 'Enter');
    // the run disables its button: the step's outcome takes the focus
    await expect.poll(focusText, { timeout: 60_000 }).toBe('1 done, 0 failed, 0 kept.');
    await until(() => text(step), (t) => t.includes('✓ Done'), 60_000, 'the key removed');
    const signers = await admin().api.admin.signer.list();
    const leaky = Object.values(signers).find((s) => s.name === 'Leaky Dev');
    expect(leaky?.keys).toEqual([]);
  });

  it('used no pointer, and every focus stop showed its focus', async () => {
    expect(await pointerEvents(page)).toBe(0);
    expect(walk.invisible).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
