// @vitest-environment jsdom
/**
 * Regression (issue 11, item 8): opening any registry link while a key was unlocked signed
 * requests to that host (the role check sent `index` and `admin.list` with the key's
 * signature). Now nothing is signed for a registry the user has not saved — the page offers
 * to save it — and on a saved registry only the calls the registry authenticates are signed.
 */
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../core/sign/keys.ts';
import { AUTH_HEADER } from '../core/sign/request-auth.ts';
import { exampleIndex } from './features/browse/testing/fixtures.ts';
import { BrowsePage } from './features/browse/routes.tsx';
import { RegistryHeader } from './features/registries/registry-header.tsx';
import { loadRegistries } from './lib/registries.ts';
import { lockSession, unlockSession } from './lib/vault-session.ts';
import { renderRegistryRoute } from './testing/render-registry-route.tsx';

const REGISTRY = 'http://registry.test';
const seed = generateSeed();
const keyPem = encodePublicKeyPem(publicKeyFromSeed(seed));
const calls: { method: string; signed: boolean }[] = [];

function answer(method: string): unknown {
  const index = exampleIndex();
  if (method === 'info') return { name: 'Test Registry', icon: null, categories: index.categories };
  if (method === 'package.index') return index;
  if (method === 'package.category.list') return index.categories;
  const signers = { G1: { name: 'Dev', contact: [], keys: [keyPem] } };
  if (method === 'index') return { name: null, icon: null, os: { versions: {} }, signers, package: index };
  if (method === 'admin.list') return signers;
  throw new Error(`unexpected ${method}`);
}

beforeEach(async () => {
  calls.length = 0;
  await clear();
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  unlockSession({ id: 'k1', name: 'Dev key', publicKeyPem: keyPem }, seed);
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req: { id: number; method: string } = JSON.parse(await new Response(init.body).text());
    calls.push({ method: req.method, signed: new Headers(init.headers).has(AUTH_HEADER) });
    const body = JSON.stringify({ jsonrpc: '2.0', id: req.id, result: answer(req.method) });
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  cleanup();
  lockSession();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const page = () => (
  <>
    <RegistryHeader />
    <BrowsePage />
  </>
);
const open = () =>
  renderRegistryRoute({ registry: REGISTRY, path: '/r/:registry', element: page(), entry: `/r/${encodeURIComponent(REGISTRY)}` });

describe('regression 11: the key signs only for saved registries, and only what needs it', () => {
  it('an unsaved registry gets no signature at all, and offers to save it', async () => {
    open();
    expect(await screen.findByRole('heading', { name: 'Save this registry to use your key' })).toBeTruthy();
    await screen.findByText('Hello World');
    expect(screen.getByTestId('role-badge').textContent).toBe('Not saved');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.signed)).toEqual([]);
    expect(calls.map((c) => c.method)).not.toContain('index');
  });

  it('saving it from the prompt (keyboard) lets the key sign the role check, and nothing else', async () => {
    open();
    await screen.findByText('Hello World');
    const save = await screen.findByRole('button', { name: 'Save registry' });
    save.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Admin'));
    expect(await loadRegistries()).toEqual([expect.objectContaining({ url: REGISTRY, label: 'Test Registry' })]);
    expect(screen.queryByRole('button', { name: 'Save registry' })).toBeNull();
    const signed = new Set(calls.filter((c) => c.signed).map((c) => c.method));
    const unsigned = new Set(calls.filter((c) => !c.signed).map((c) => c.method));
    expect(signed).toEqual(new Set(['index', 'admin.list']));
    expect(unsigned).toEqual(new Set(['info', 'package.index', 'package.category.list']));
  });
});
