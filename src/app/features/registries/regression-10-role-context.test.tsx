// @vitest-environment jsdom
/**
 * Regression (issue 10): the role query was keyed by registry URL and key only, so after the
 * user corrected the signing hostname the old "Signature rejected" stayed for up to a minute.
 * The registry here is a `fetch` stub that accepts signatures made for `registry.test` only.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../../core/sign/keys.ts';
import { AUTH_HEADER, parseAuthHeader, verifyAuthSignature } from '../../../core/sign/request-auth.ts';
import { RegistryHeader } from './registry-header.tsx';
import { savedRegistriesOptions, savedRegistryKeys, upsertRegistry } from '../../lib/registries.ts';
import { RegistryScopeProvider } from '../../lib/registry-scope.tsx';
import { lockSession, unlockSession } from '../../lib/vault-session.ts';

const REGISTRY = 'http://registry.test';
const seed = generateSeed();
const keyPem = encodePublicKeyPem(publicKeyFromSeed(seed));
const calls: { method: string; context: string | null }[] = [];

function answer(method: string, headers: Headers): object {
  const auth = headers.get(AUTH_HEADER);
  const context = auth ? verifyAuthSignature(parseAuthHeader(auth), ['registry.test']) : null;
  calls.push({ method, context });
  if (method === 'info') return { result: { name: 'Test Registry', icon: null, categories: {} } };
  if (auth && !context) return { error: { code: 31, message: 'Invalid Signature', data: { details: 'signature does not verify' } } };
  if (method === 'index') return { result: { name: null, icon: null, os: { versions: {} }, signers: { G1: { name: 'Dev', contact: [], keys: [keyPem] } }, package: { packages: {}, categories: {} } } };
  if (method === 'admin.list') return { error: { code: 34, message: 'Unauthorized', data: { details: 'not an admin' } } };
  throw new Error(`unexpected ${method}`);
}

beforeEach(() => {
  calls.length = 0;
  unlockSession({ id: 'k1', name: 'Dev key', publicKeyPem: keyPem }, seed);
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req: { id: number; method: string } = JSON.parse(await new Response(init.body).text());
    const body = { jsonrpc: '2.0', id: req.id, ...answer(req.method, new Headers(init.headers)) };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  cleanup();
  lockSession();
  vi.unstubAllGlobals();
});

describe('regression 10: the role follows the signing hostname', () => {
  it('re-detects the role as soon as the hostname is corrected', async () => {
    await upsertRegistry({ url: REGISTRY, label: null, context: 'wrong.test' });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await qc.prefetchQuery(savedRegistriesOptions()); // as after the registries page
    const router = createMemoryRouter(
      [{ path: '/', element: <RegistryScopeProvider url={REGISTRY}><RegistryHeader /></RegistryScopeProvider> }],
    );
    render(
      <QueryClientProvider client={qc}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Signature rejected'));
    expect(screen.getByText(/signing hostname "wrong\.test"/)).toBeTruthy();

    // what saving the hostname on the registry card does (useUpsertRegistry)
    await upsertRegistry({ url: REGISTRY, label: null, context: null });
    await qc.invalidateQueries({ queryKey: savedRegistryKeys.all });

    await waitFor(() => expect(screen.getByTestId('role-badge').textContent).toBe('Signer'));
    // the rejected reads (the first one, then the skew probes that tell it from a clock) verify
    // under no context; the read after the correction verifies under `registry.test`
    const contexts = calls.filter((c) => c.method === 'index').map((c) => c.context);
    expect(contexts.at(-1)).toBe('registry.test');
    expect(new Set(contexts.slice(0, -1))).toEqual(new Set([null]));
  });
});
