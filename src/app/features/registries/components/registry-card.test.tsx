// @vitest-environment jsdom
/**
 * The registries home chooses each saved registry's default key too (issue 14 item 2), with
 * the same keyboard-operable select as the registry header.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSeed } from '../../../../core/sign/keys.ts';
import { loadRegistries, upsertRegistry } from '../../../lib/registries.ts';
import { sealKeyRecord } from '../../../lib/vault/vault-record.ts';
import { addRecord } from '../../../lib/vault/vault-store.ts';
import { RegistryCard } from './registry-card.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('registry card: default key', () => {
  it('sets and clears the key that acts on the registry', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline (test)')));
    const key = await sealKeyRecord({ name: 'Stable admin', seed: generateSeed(), passphrase: 'correct horse battery S' }, { iterations: 1000 });
    await addRecord(key);
    const registry = await upsertRegistry({ url: 'http://stable.test', label: 'Stable', context: null });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createMemoryRouter([{ path: '/', element: <RegistryCard registry={registry} /> }]);
    render(
      <QueryClientProvider client={qc}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const select = await screen.findByLabelText('Key that acts on Stable');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Stable admin' })).toBeTruthy());
    fireEvent.change(select, { target: { value: key.id } });
    await waitFor(async () => expect((await loadRegistries())[0]?.keyId).toBe(key.id));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await loadRegistries())[0]?.keyId).toBeNull());
  });
});
