// @vitest-environment jsdom
/**
 * Regression (issue 14 item 2): a saved registry's default key was honoured on the channel
 * board only; every other screen signed with whichever key was unlocked. Here the registry
 * names key A while key B is unlocked: nothing may reach the registry signed by B, no
 * commitment may be signed, and the header must say which key acts (name and fingerprint).
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { S9PK_SIG_CONTEXT } from '../../../core/sign/commitment.ts';
import { generateSeed, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { keyFingerprint } from '../../../core/sign/public-key.ts';
import { AUTH_HEADER, parseAuthHeader } from '../../../core/sign/request-auth.ts';
import { RegistryHeader } from './registry-header.tsx';
import { loadRegistries, savedRegistriesOptions, upsertRegistry } from '../../lib/registries.ts';
import { RegistryScopeProvider, useRegistryScope, type RegistryScope } from '../../lib/registry-scope.tsx';
import { sealKeyRecord, type VaultRecord } from '../../lib/vault/vault-record.ts';
import { addRecord } from '../../lib/vault/vault-store.ts';
import { lockSession, unlockSession } from '../../lib/vault-session.ts';

const REGISTRY = 'http://registry.test';
const seedA = generateSeed();
const seedB = generateSeed();
let keyA: VaultRecord;
let keyB: VaultRecord;
/** The public key behind each signed request the registry received. */
const signedBy: string[] = [];
const scopes: RegistryScope[] = [];

function answer(method: string): object {
  if (method === 'info') return { result: { name: 'Stable', icon: null, categories: {} } };
  if (method === 'index') return { result: { name: null, icon: null, os: { versions: {} }, signers: { GA: { name: 'A', contact: [], keys: [keyA.publicKeyPem] }, GB: { name: 'B', contact: [], keys: [keyB.publicKeyPem] } }, package: { packages: {}, categories: {} } } };
  if (method === 'admin.list') return { error: { code: 34, message: 'Unauthorized', data: { details: 'not an admin' } } };
  throw new Error(`unexpected ${method}`);
}

/** Hands the test the scope the header works with. */
function Probe() {
  const scope = useRegistryScope();
  useEffect(() => void scopes.push(scope), [scope]);
  return null;
}

const chooseA = () => upsertRegistry({ url: REGISTRY, label: 'stable', context: null, keyId: keyA.id });

beforeAll(async () => {
  keyA = await sealKeyRecord({ name: 'Key A', seed: seedA, passphrase: 'correct horse battery A' }, { iterations: 1000 });
  keyB = await sealKeyRecord({ name: 'Key B', seed: seedB, passphrase: 'correct horse battery B' }, { iterations: 1000 });
  await addRecord(keyA);
  await addRecord(keyB);
});
beforeEach(async () => {
  await chooseA();
  signedBy.length = 0;
  scopes.length = 0;
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req: { id: number; method: string } = JSON.parse(await new Response(init.body).text());
    const auth = new Headers(init.headers).get(AUTH_HEADER);
    if (auth) signedBy.push(keyFingerprint(parseAuthHeader(auth).signer));
    const body = { jsonrpc: '2.0', id: req.id, ...answer(req.method) };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  cleanup();
  lockSession();
  vi.unstubAllGlobals();
});

async function renderHeader() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await qc.prefetchQuery(savedRegistriesOptions());
  const router = createMemoryRouter([
    { path: '/', element: <RegistryScopeProvider url={REGISTRY}><RegistryHeader /><Probe /></RegistryScopeProvider> },
  ]);
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const fingerprint = (seed: Uint8Array) => keyFingerprint(publicKeyFromSeed(seed));

describe("regression 14: a registry's default key acts on every write", () => {
  it('with another key unlocked, nothing is signed and the header names the key to unlock', async () => {
    unlockSession({ id: keyB.id, name: keyB.name, publicKeyPem: keyB.publicKeyPem }, seedB);
    await renderHeader();
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Other key'));
    await waitFor(() => expect(screen.getByTestId('acting-key').textContent).toContain(fingerprint(seedA)));
    const line = screen.getByTestId('acting-key').textContent ?? '';
    expect(line).toContain('Key A');
    expect(line).not.toContain(fingerprint(seedB));

    const commitment = { hash: new Uint8Array(32).fill(7), size: 1234n };
    const scope = scopes.at(-1)!;
    expect(scope.keyUse).toBe('wrong-key');
    await expect(scope.signCommitment(commitment, S9PK_SIG_CONTEXT)).rejects.toThrow(/another key/i);
    await expect(scope.client.api.admin.list()).rejects.toThrow();
    expect(signedBy).toEqual([]);
  });

  it('with the default key unlocked, it signs as that key and says so', async () => {
    unlockSession({ id: keyA.id, name: keyA.name, publicKeyPem: keyA.publicKeyPem }, seedA);
    await renderHeader();
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Signer'));
    await waitFor(() => expect(screen.getByTestId('acting-key').textContent).toBe(`Signs as Key A (${fingerprint(seedA)})`));
    expect(signedBy.length).toBeGreaterThan(0);
    expect(new Set(signedBy)).toEqual(new Set([fingerprint(seedA)]));
  });

  it('switching to the other key stops the signing at once', async () => {
    unlockSession({ id: keyA.id, name: keyA.name, publicKeyPem: keyA.publicKeyPem }, seedA);
    await renderHeader();
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Signer'));
    act(() => unlockSession({ id: keyB.id, name: keyB.name, publicKeyPem: keyB.publicKeyPem }, seedB));
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Other key'));
    expect(new Set(signedBy)).toEqual(new Set([fingerprint(seedA)]));
  });

  it('with no key unlocked, the header names the key to unlock', async () => {
    await renderHeader();
    await waitFor(() => expect(screen.getByTestId('acting-key').textContent).toContain(`Writes here are signed by Key A, which is not unlocked: unlock it to write (${fingerprint(seedA)})`));
  });

  it("the registry's key is chosen in the header; the new choice signs at once", async () => {
    unlockSession({ id: keyB.id, name: keyB.name, publicKeyPem: keyB.publicKeyPem }, seedB);
    await renderHeader();
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Other key'));
    const select = await screen.findByLabelText('Key that acts on stable');
    await waitFor(() => expect(select).toHaveProperty('disabled', false));
    fireEvent.change(select, { target: { value: keyB.id } });
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Signer'));
    expect((await loadRegistries())[0]?.keyId).toBe(keyB.id);
    await waitFor(() => expect(screen.getByTestId('acting-key').textContent).toBe(`Signs as Key B (${fingerprint(seedB)})`));
    expect(new Set(signedBy)).toEqual(new Set([fingerprint(seedB)]));
  });
});
