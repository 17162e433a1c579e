/**
 * Console steps shared by the publish journeys and the publish tour script: import and unlock
 * a key, open the publish page, configure the bucket, drop files, wait for a row's state.
 */
import type { Locator, Page } from 'playwright-core';

export const PASSPHRASE = 'correct horse battery';

/**
 * Polls `read` until `ok` holds (no vitest here: the tour script runs outside a test).
 * @throws Error with the last value read after `timeout` ms.
 */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 30_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${String(v).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function unlockKey(page: Page, appUrl: string, name: string): Promise<void> {
  await page.goto(`${appUrl}#/keys`);
  await page.getByRole('button', { name: `Unlock ${name}` }).click();
  await page.getByLabel(`Passphrase for ${name}`).fill(PASSPHRASE);
  await page.getByLabel(`Passphrase for ${name}`).press('Enter');
  // exact: "Unlock X" contains "lock X" for Playwright's default (substring) name match.
  // PBKDF2 (600 000 rounds) takes seconds on a loaded 2-core machine: 60 s.
  await until(() => page.getByRole('button', { name: `Lock ${name}`, exact: true }).count(), (n) => n === 1, 60_000, `${name} unlocked`);
}

export async function importAndUnlock(page: Page, appUrl: string, keyFile: string, name: string): Promise<void> {
  await page.goto(`${appUrl}#/keys`);
  await page.locator('input[type=file]').first().setInputFiles(keyFile);
  await page.getByLabel('Key name').last().fill(name);
  await page.getByLabel('Passphrase', { exact: true }).last().fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').last().fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Import key' }).click();
  await unlockKey(page, appUrl, name);
}

/**
 * Opens `registryUrl` and saves it through its "Save this registry to use your key" prompt, as
 * a user would: the console signs nothing for a registry that is not saved (issue 11, item 8).
 * Returns the role badge shown once saved. A registry already saved is left as it is.
 */
export async function saveRegistry(page: Page, appUrl: string, registryUrl: string): Promise<string> {
  await page.goto(`${appUrl}#/r/${encodeURIComponent(registryUrl)}`);
  const badge = () => page.getByTestId('role-badge').textContent({ timeout: 30_000 });
  if ((await until(badge, (t) => Boolean(t), 30_000, 'the role badge')) === 'Not saved') {
    await page.getByRole('button', { name: 'Save registry' }).click();
  }
  return until(badge, (t) => Boolean(t) && t !== 'Not saved', 30_000, 'the role once saved').then((t) => t ?? '');
}

/** Opens the publish page of `registryUrl` and removes any rows left from before. */
export async function openPublish(page: Page, appUrl: string, registryUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/r/${encodeURIComponent(registryUrl)}/publish`);
  await until(() => page.getByRole('heading', { name: 'Publish', level: 1 }).count(), (n) => n === 1, 30_000, 'the publish page');
  for (let n = await page.getByRole('button', { name: /^Remove / }).count(); n > 0; n--) {
    await page.getByRole('button', { name: /^Remove / }).first().click();
  }
}

/** Saves bucket settings on the publish page, or on the OS releases page (opened from the first release's "Set up" button). */
export async function configureBucket(page: Page, b: { endpoint: string; bucket: string; publicBaseUrl: string; accessKeyId: string; secretAccessKey: string }): Promise<void> {
  const setUp = page.getByRole('button', { name: 'Set up the upload bucket' });
  const endpoint = page.getByLabel('Endpoint', { exact: true });
  await until(async () => (await endpoint.count()) + (await setUp.count()), (n) => n > 0, 30_000, 'the bucket form or its set-up button');
  if ((await endpoint.count()) === 0) await setUp.first().click();
  await page.getByLabel('Endpoint', { exact: true }).fill(b.endpoint);
  await page.getByLabel('Bucket', { exact: true }).fill(b.bucket);
  await page.getByLabel('Public base URL').fill(b.publicBaseUrl);
  await page.getByLabel('Access key ID').fill(b.accessKeyId);
  await page.getByLabel('Secret access key').fill(b.secretAccessKey);
  await page.getByLabel('Passphrase to encrypt the keys').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Save bucket' }).click();
  // the bucket's keys are encrypted with a passphrase-derived key (PBKDF2) before saving
  await until(async () => (await page.locator('main').textContent()) ?? '', (t) => /Unlocked for this session/.test(t), 60_000, 'the bucket');
}

export async function dropFiles(page: Page, ...paths: string[]): Promise<void> {
  await page.getByLabel('Choose .s9pk files').setInputFiles(paths);
}

/** The row of a dropped file (by file name). */
export function fileRow(page: Page, file: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByText(file, { exact: false }) }).first();
}

export async function waitRow(page: Page, file: string, pattern: RegExp, timeout = 60_000): Promise<void> {
  await until(async () => (await fileRow(page, file).textContent()) ?? '', (t) => pattern.test(t), timeout, `${file} to match ${pattern}`);
}
