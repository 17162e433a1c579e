// @vitest-environment jsdom
/**
 * The channel board page by role and label: defining a line (with its problems named), and a
 * saved line's board showing drift and opening a promotion, from seeded answers (no network).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { channelIndex } from '../../../core/testing/channel-index.ts';
import { channelLineKeys, type Channel } from '../../lib/channel-line.ts';
import { savedRegistryKeys, type SavedRegistry } from '../../lib/registries.ts';
import { registryKeys } from '../../lib/registry-keys.ts';
import { vaultKeys } from '../../lib/vault/vault-keys.ts';
import type { PackageIndex } from '../../../core/rpc/types.ts';
import { ChannelsPage } from './routes.tsx';

const BETA = 'http://beta.test';
const STABLE = 'http://stable.test';
const saved: SavedRegistry[] = [BETA, STABLE].map((url) => ({ url, label: null, context: null, addedAt: '2026-01-01T00:00:00Z' }));

function renderPage(line: Channel[], indexes: Record<string, PackageIndex> = {}) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  qc.setQueryData(savedRegistryKeys.all, saved);
  qc.setQueryData(channelLineKeys.all, line);
  qc.setQueryData(vaultKeys.lists(), []);
  for (const [url, ix] of Object.entries(indexes)) qc.setQueryData(registryKeys.anonymous(url, 'package.index'), ix);
  const router = createMemoryRouter([{ path: '/channels', element: <ChannelsPage /> }], { initialEntries: ['/channels'] });
  render(
    <QueryClientProvider client={qc}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

describe('channel board page', () => {
  it('starts with a line editor over the saved registries and names what is wrong', async () => {
    renderPage([]);
    const first = await screen.findByLabelText('Label of channel 1');
    expect((first as HTMLInputElement).value).toBe('alpha');
    expect((screen.getByLabelText('Registry of channel 2') as HTMLSelectElement).value).toBe(STABLE);
    fireEvent.change(first, { target: { value: 'be@ta' } });
    expect(screen.getByRole('status').textContent).toMatch(/without “@”/);
    expect(screen.getByRole('button', { name: 'Save the line' })).toHaveProperty('disabled', true);
  });

  it('shows the drift of a saved line and opens the promotion of a newer version', async () => {
    const X86 = { arch: ['x86_64'], sighash: 'A' };
    renderPage(
      [
        { label: 'beta', url: BETA },
        { label: 'stable', url: STABLE },
      ],
      { [BETA]: channelIndex({ app: { '1.1.0:0': [X86] } }), [STABLE]: channelIndex({ app: { '1.0.0:0': [X86] } }) },
    );
    const row = (await screen.findByText('beta has 1.1.0:0; stable is at 1.0.0:0.')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Promote app 1.1.0:0 to stable' }));
    expect(await screen.findByText('Promote from beta to stable: 1 version')).toBeTruthy();
    // no key unlocked: the write is refused up front, and says why
    expect(screen.getAllByText('No key is unlocked, so nothing can be written to stable.').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Promote 1 version to stable' })).toHaveProperty('disabled', true);
  });
});
