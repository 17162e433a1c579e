// @vitest-environment jsdom
// The Keys page through its roles and labels: create → unlock → lock, import by paste, file
// picker and drop (v2 from encodePrivateKeyPem, v1 from node:crypto), wrong passphrase, export,
// delete, idle lock. Throughout, no secret reaches the console, the network or storage.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// eslint-disable-next-line no-restricted-imports -- test only: node:crypto writes the PKCS#8 v1 form OpenSSL uses
import { generateKeyPairSync } from 'node:crypto';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, keyFingerprint, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { currentKey } from '../../lib/vault-session.ts';
import { createKey } from './api/create-key.ts';
import { configureIdleLock } from '../../lib/vault/idle-lock.ts';
import { listRecords, loadVaultSettings } from '../../lib/vault/vault-store.ts';
import { dumpStorage, findSeed, resetVault, seedEncodings } from './testing/storage.ts';
import { LiveRegion } from '../../components/live-region.tsx';
import { KeysPage } from './routes.tsx';

const PASS = 'a long enough passphrase';
const MIN = 60_000;
let offset = 0;
let secrets: string[] = [];
const consoleCalls: unknown[][] = [];
const fetchMock = vi.fn();

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup({ delay: null });
  render(
    <QueryClientProvider client={client}>
      <KeysPage kdfIterations={1000} />
      <LiveRegion />
    </QueryClientProvider>,
  );
  return { user, client };
}

const form = (name: string) => screen.getByRole('form', { name });
const card = (name: string) => screen.getByRole('article', { name });
const described = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

type User = ReturnType<typeof userEvent.setup>;

async function fillNewPassphrase(user: User, f: HTMLElement, pass = PASS, confirm = pass) {
  await user.type(within(f).getByLabelText('Passphrase'), pass);
  await user.type(within(f).getByLabelText('Confirm passphrase'), confirm);
}

async function unlockViaUi(user: User, name: string, pass = PASS) {
  await user.click(within(card(name)).getByRole('button', { name: `Unlock ${name}` }));
  await user.type(within(card(name)).getByLabelText(`Passphrase for ${name}`), pass);
  await user.click(within(card(name)).getByRole('button', { name: 'Unlock' }));
}

beforeEach(() => {
  offset = 0;
  secrets = [];
  consoleCalls.length = 0;
  configureIdleLock({ now: () => Date.now() + offset, everyMs: 10_000, timeoutMs: 15 * MIN });
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
  }
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(async () => {
  cleanup();
  // No secret in any console output, request or URL.
  const logged = consoleCalls.map((args) => args.map(String).join(' ')).join('\n');
  for (const s of secrets) {
    expect(logged).not.toContain(s);
    expect(window.location.href).not.toContain(s);
  }
  expect(fetchMock).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await resetVault();
});

describe('Keys page', () => {
  it('creates a key, refuses a wrong passphrase, unlocks and locks it', async () => {
    const { user } = renderPage();
    const create = form('Create a key');
    await user.type(within(create).getByLabelText('Key name'), 'work');
    await fillNewPassphrase(user, create);
    await user.click(within(create).getByRole('button', { name: 'Create key' }));

    const c = await screen.findByRole('article', { name: 'work' });
    await waitFor(() => expect(document.activeElement).toBe(within(c).getByRole('heading', { name: 'work' })));
    expect(within(c).getByText('Locked')).toBeTruthy();
    expect(within(c).getByLabelText('Public key').textContent).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect((within(create).getByLabelText('Passphrase') as HTMLInputElement).value).toBe('');

    await user.click(within(c).getByRole('button', { name: 'Unlock work' }));
    const pass = within(c).getByLabelText('Passphrase for work');
    expect(document.activeElement).toBe(pass);
    await user.type(pass, 'not the passphrase');
    await user.click(within(c).getByRole('button', { name: 'Unlock' }));
    await within(c).findByText('Wrong passphrase');
    expect(pass.getAttribute('aria-invalid')).toBe('true');
    expect(described(pass)).toBe('Wrong passphrase');
    expect(currentKey()).toBeNull();
    expect(await listRecords()).toHaveLength(1);

    await user.clear(pass);
    await user.type(pass, PASS);
    await user.click(within(c).getByRole('button', { name: 'Unlock' }));
    await within(c).findByText('Unlocked');
    expect(currentKey()?.name).toBe('work');
    await waitFor(() => expect(document.activeElement).toBe(within(c).getByRole('button', { name: 'Lock work' })));

    await user.click(within(c).getByRole('button', { name: 'Lock work' }));
    expect(currentKey()).toBeNull();
    await within(c).findByText('Locked');
    await waitFor(() => expect(document.activeElement).toBe(within(c).getByRole('button', { name: 'Unlock work' })));
  });

  it('checks the new passphrase rules before doing any work', async () => {
    const { user } = renderPage();
    const create = form('Create a key');
    await user.click(within(create).getByRole('button', { name: 'Create key' }));
    const name = within(create).getByLabelText('Key name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(described(name)).toBe('Enter a name for the key.');
    await user.type(name, 'k');
    await fillNewPassphrase(user, create, 'short', 'short');
    await user.click(within(create).getByRole('button', { name: 'Create key' }));
    expect(described(within(create).getByLabelText('Passphrase'))).toBe('Use at least 8 characters.');
    await user.clear(within(create).getByLabelText('Passphrase'));
    await user.clear(within(create).getByLabelText('Confirm passphrase'));
    await fillNewPassphrase(user, create, PASS, `${PASS}x`);
    await user.click(within(create).getByRole('button', { name: 'Create key' }));
    const confirm = within(create).getByLabelText('Confirm passphrase');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(described(confirm)).toBe('The passphrases do not match.');
    expect(await listRecords()).toEqual([]);
  });

  it('imports a pasted developer.key.pem (v2, as start-cli writes it) and shows its public key', async () => {
    const { user, client } = renderPage();
    const seed = generateSeed();
    const pem = encodePrivateKeyPem(seed);
    secrets = seedEncodings(seed);
    const f = form('Import a key');
    await user.click(within(f).getByLabelText('Or paste the private key PEM'));
    await user.paste(pem);
    await user.type(within(f).getByLabelText('Key name'), 'pasted');
    await fillNewPassphrase(user, f);
    await user.click(within(f).getByRole('button', { name: 'Import key' }));

    const c = await screen.findByRole('article', { name: 'pasted' });
    const publicKey = publicKeyFromSeed(seed);
    expect(within(c).getByLabelText('Public key').textContent).toBe(encodePublicKeyPem(publicKey).trimEnd());
    expect(within(c).getByText(keyFingerprint(publicKey))).toBeTruthy();
    expect((within(f).getByLabelText('Or paste the private key PEM') as HTMLTextAreaElement).value).toBe('');
    expect(findSeed(await dumpStorage(), seed)).toEqual([]);
    // The PEM does not linger in TanStack's mutation cache either.
    await waitFor(() => expect(findSeed(client.getMutationCache().getAll().map((m) => m.state), seed)).toEqual([]));
  });

  it('imports a v1 key written by node:crypto from the file picker, naming it after the file', async () => {
    const { user } = renderPage();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    secrets = [pem.split('\n')[1]!];
    const f = form('Import a key');
    await user.upload(within(f).getByLabelText('Choose key file'), new File([pem], 'developer.key.pem', { type: 'application/x-pem-file' }));
    expect(within(f).getByText('developer.key.pem', { selector: 'strong' })).toBeTruthy();
    expect((within(f).getByLabelText('Key name') as HTMLInputElement).value).toBe('developer');
    await fillNewPassphrase(user, f);
    await user.click(within(f).getByRole('button', { name: 'Import key' }));
    const c = await screen.findByRole('article', { name: 'developer' });
    expect(within(c).getByLabelText('Public key').textContent).toBe((publicKey.export({ type: 'spki', format: 'pem' }) as string).trimEnd());
  });

  it('accepts a dropped file and explains a wrong one next to the key field', async () => {
    const { user } = renderPage();
    const seed = generateSeed();
    const f = form('Import a key');
    const pub = new File([encodePublicKeyPem(publicKeyFromSeed(seed))], 'developer.pub.pem');
    fireEvent.drop(within(f).getByLabelText('Or paste the private key PEM'), { dataTransfer: { files: [pub], dropEffect: 'copy' } });
    await within(f).findByText('developer.pub.pem', { selector: 'strong' });
    await user.type(within(f).getByLabelText('Key name'), 'wrong');
    await fillNewPassphrase(user, f);
    await user.click(within(f).getByRole('button', { name: 'Import key' }));
    const picker = within(f).getByLabelText('Choose key file');
    await waitFor(() => expect(described(picker)).toMatch(/wrong kind/));
    expect(document.activeElement).toBe(picker);
    expect(await listRecords()).toEqual([]);
  });

  it('exports developer.key.pem only after the passphrase is entered again', async () => {
    const seed = generateSeed();
    secrets = seedEncodings(seed);
    const { user } = renderPage();
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:opaque'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const f = form('Import a key');
    await user.click(within(f).getByLabelText('Or paste the private key PEM'));
    await user.paste(encodePrivateKeyPem(seed));
    await user.type(within(f).getByLabelText('Key name'), 'ci');
    await fillNewPassphrase(user, f);
    await user.click(within(f).getByRole('button', { name: 'Import key' }));
    const c = await screen.findByRole('article', { name: 'ci' });

    await user.click(within(c).getByRole('button', { name: 'Export ci' }));
    await user.type(within(c).getByLabelText('Passphrase for ci'), 'wrong wrong');
    await user.click(within(c).getByRole('button', { name: 'Download developer.key.pem' }));
    await within(c).findByText('Wrong passphrase');
    expect(blobs).toEqual([]);

    await user.clear(within(c).getByLabelText('Passphrase for ci'));
    await user.type(within(c).getByLabelText('Passphrase for ci'), PASS);
    await user.click(within(c).getByRole('button', { name: 'Download developer.key.pem' }));
    await waitFor(() => expect(downloads).toEqual(['developer.key.pem']));
    expect(await blobs[0]!.text()).toBe(encodePrivateKeyPem(seed));
    await waitFor(() => expect(document.activeElement).toBe(within(c).getByRole('button', { name: 'Export ci' })));
  });

  it('deletes a key only after its name is typed', async () => {
    await createKey({ name: 'old key', passphrase: PASS }, { iterations: 1000 });
    const { user } = renderPage();
    const c = await screen.findByRole('article', { name: 'old key' });
    await user.click(within(c).getByRole('button', { name: 'Delete old key' }));
    expect(within(c).getByText(/gone for good/)).toBeTruthy();
    const confirmButton = within(c).getByRole('button', { name: 'Delete key permanently' }) as HTMLButtonElement;
    expect(confirmButton.disabled).toBe(true);
    await user.type(within(c).getByLabelText("Type the key's name to confirm"), 'old');
    expect(confirmButton.disabled).toBe(true);
    await user.type(within(c).getByLabelText("Type the key's name to confirm"), ' key');
    await user.click(confirmButton);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'old key' })).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Stored keys'));
    expect(await listRecords()).toEqual([]);
  });

  it('locks an idle key when the tab becomes visible again, and on the timer', async () => {
    await createKey({ name: 'idle', passphrase: PASS }, { iterations: 1000 });
    configureIdleLock({ everyMs: 20 });
    const { user } = renderPage();
    await screen.findByRole('article', { name: 'idle' });
    await unlockViaUi(user, 'idle');
    await within(card('idle')).findByText('Unlocked');

    offset = 16 * MIN;
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(currentKey()).toBeNull();
    await within(card('idle')).findByText('Locked');
    expect((await screen.findAllByText('Key "idle" locked after 15 minutes without use.')).length).toBeGreaterThan(0);

    offset = 0;
    await unlockViaUi(user, 'idle');
    await within(card('idle')).findByText('Unlocked');
    offset = 16 * MIN;
    await within(card('idle')).findByText('Locked');
    expect(currentKey()).toBeNull();
  });

  it('saves the idle-lock choice (5 / 15 / 60 minutes, default 15)', async () => {
    const { user } = renderPage();
    const select = screen.getByLabelText('Lock an unused key after') as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('15'));
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['5', '15', '60']);
    await user.selectOptions(select, '5');
    await waitFor(async () => expect(await loadVaultSettings()).toEqual({ idleMinutes: 5 }));
    expect(select.value).toBe('5');
  });
});
