// @vitest-environment jsdom
/**
 * The key-compromise page while a response step runs: the real page, QueryClient, registry
 * scopes and signing session over two saved registries; only `fetch` is replaced, and it holds
 * the `admin.signer.edit` answers until the test releases them, so the in-progress state can be
 * read — the step's region busy, a polite status saying what runs, every button that starts a
 * run (and "Check again", and a new key) disabled — and then the end state.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { SignerInfo } from '../../../core/rpc/types.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { savedRegistryKeys, type SavedRegistry } from '../../lib/registries.ts';
import { lockSession, unlockSession } from '../../lib/vault-session.ts';
import { responseStore } from './api/response-store.ts';
import { KeyCompromisePage } from './routes.tsx';

/** TEST-ONLY keys. */
const ADMIN_SEED = new Uint8Array(32).fill(0x11);
const adminPem = encodePublicKeyPem(publicKeyFromSeed(ADMIN_SEED));
const leakedPem = encodePublicKeyPem(publicKeyFromSeed(new Uint8Array(32).fill(0x4b)));

const REGISTRIES = ['http://alpha.test', 'http://beta.test'];
const saved: SavedRegistry[] = REGISTRIES.map((url, i) => ({ url, label: ['Alpha', 'Beta'][i]!, context: null, addedAt: '2026-01-01T00:00:00.000Z' }));

let signers: Record<string, Record<string, SignerInfo>>;
let held: (() => void)[];

function answer(url: string, method: string, params: Record<string, unknown>): unknown {
  const mine = signers[url]!;
  switch (method) {
    case 'index':
      return { name: null, icon: null, package: { packages: {}, categories: {} }, os: { versions: {} }, signers: mine };
    case 'admin.list':
      return { ADMIN: mine.ADMIN, LEAKY: mine.LEAKY };
    case 'package.index':
      return { packages: {}, categories: {} };
    case 'os.index':
      return { versions: {} };
    case 'admin.signer.edit': {
      const s = mine[String(params.id)]!;
      const gone = new Set(params.removeKey as string[]);
      mine[String(params.id)] = { ...s, keys: s.keys.filter((k) => !gone.has(k)) };
      return null;
    }
  }
  throw new Error(`unexpected method ${method}`);
}

// eslint-disable-next-line import-x/no-restricted-paths -- preloads what worker/client.ts imports lazily
beforeAll(() => import('../../../worker/handler.ts'), 60_000);
beforeEach(() => {
  held = [];
  // both signers are administrators: step 2 (revoke) has an item too
  const holder = (name: string, pem: string): SignerInfo => ({ name, contact: [], keys: [pem] });
  signers = Object.fromEntries(REGISTRIES.map((url) => [url, { ADMIN: holder('Admin', adminPem), LEAKY: holder('Leaky Dev', leakedPem) }]));
  vi.stubGlobal('fetch', async (input: URL | string, init: RequestInit) => {
    const url = REGISTRIES.find((r) => String(input).startsWith(r))!;
    const req: { id: number; method: string; params: Record<string, unknown> } = JSON.parse(await new Response(init.body).text());
    // the step's calls wait until the test lets them through
    if (req.method === 'admin.signer.edit') await new Promise<void>((release) => held.push(release));
    const body = JSON.stringify({ jsonrpc: '2.0', id: req.id, result: answer(url, req.method, req.params) });
    return new Response(body, { headers: { 'content-type': 'application/json', 'content-length': String(new TextEncoder().encode(body).length) } });
  });
  unlockSession({ id: 'admin-key', name: 'Admin', publicKeyPem: adminPem }, ADMIN_SEED);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  lockSession();
  responseStore.set((s) => ({ ...s, suspect: null, found: {}, firstFound: {}, items: {}, log: [], running: null }));
});

function renderPage() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  qc.setQueryData(savedRegistryKeys.all, saved);
  const router = createMemoryRouter([{ path: '/key-compromise', element: <KeyCompromisePage /> }], { initialEntries: ['/key-compromise'] });
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('key-compromise page', () => {
  it('marks the running step busy, says what runs and disables every run button until the answers arrive', async () => {
    renderPage();
    fireEvent.change(await screen.findByLabelText('Compromised public key'), { target: { value: leakedPem } });
    fireEvent.click(screen.getByRole('button', { name: 'Find what it signed' }));
    const run = await screen.findByRole('button', { name: 'Remove the key from 2 signers' }, { timeout: 20_000 });
    await waitFor(() => expect(run).toHaveProperty('disabled', false));
    const step = screen.getByTestId('step-remove-key-work');
    const status = within(screen.getByTestId('step-remove-key')).getByText((_, el) => el?.tagName === 'P' && el.getAttribute('role') === 'status');
    expect(step.getAttribute('aria-busy')).toBeNull();
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getAllByRole('checkbox', { name: /^Revoke/ })[0]!);
    const revoke = screen.getByRole('button', { name: 'Revoke 1 administrator' });
    expect(revoke).toHaveProperty('disabled', false);

    fireEvent.click(run);
    await waitFor(() => expect(held).toHaveLength(2), { timeout: 20_000 });
    expect(step.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toBe('Removing the key from 2 signers on 2 registries…');
    expect(run).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Check again' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Find what it signed' })).toHaveProperty('disabled', true);
    // one run at a time: the other steps wait, and are not the busy ones
    expect(revoke).toHaveProperty('disabled', true);
    expect(screen.getByTestId('step-revoke-admin-work').getAttribute('aria-busy')).toBeNull();

    for (const release of held) release();
    const outcome = await screen.findByText('2 done, 0 failed, 0 kept.', undefined, { timeout: 20_000 });
    expect(step.getAttribute('aria-busy')).toBeNull();
    expect(status.textContent).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(screen.getByRole('button', { name: 'Check again' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Find what it signed' })).toHaveProperty('disabled', false);
    expect(revoke).toHaveProperty('disabled', false);
    expect(Object.values(signers).map((s) => s.LEAKY!.keys)).toEqual([[], []]);
  }, 60_000);
});
