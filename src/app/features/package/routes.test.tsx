// @vitest-environment jsdom
/**
 * Component tests of the package page: a real QueryClient seeded with `setQueryData` (spec §5.5
 * example index), the real router and registry scope; the network edge (`fetch`) is stubbed and
 * recorded, so the device preview's actual request is checked too.
 */
import type { QueryClient } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackageGetFull } from '../../../core/rpc/types.ts';
import { anonymousScope, packageIndexOptions, packageSignersOptions, roleOptions, signersOptions } from '../../lib/registry-queries.ts';
import { renderRegistryRoute } from '../../testing/render-registry-route.tsx';
import type { Role } from '../../lib/role.ts';
import { ALICE, ADMIN, example, exampleIndex } from './testing/fixtures.ts';
import { PackagePage } from './routes.tsx';

const REGISTRY = 'http://registry.test';
/** The scope the page runs in: no saved settings, no key. */
const scope = anonymousScope(REGISTRY);
let fetchMock: ReturnType<typeof vi.fn>;

// The sanitizer is downloaded on demand: transform it once, before the tests' waiting times.
beforeAll(() => import('../../components/sanitized-content.tsx'), 60_000);
beforeEach(() => {
  fetchMock = vi.fn(() => Promise.reject(new Error('unexpected network call')));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage(
  path: string,
  {
    role = { kind: 'viewer' } as Role,
    seed,
  }: { role?: Role; seed?: (qc: QueryClient) => void } = {},
) {
  renderRegistryRoute({
    registry: REGISTRY,
    path: '/r/:registry/p/:id',
    element: <PackagePage />,
    entry: path,
    seed: (qc) => {
      qc.setQueryData(packageIndexOptions(scope).queryKey, exampleIndex());
      qc.setQueryData(roleOptions(scope).queryKey, role);
      qc.setQueryData(packageSignersOptions(scope, 'bitcoind').queryKey, {
        [ALICE]: [example.signers[ALICE]!, '>=28.0:0'],
      });
      qc.setQueryData(packageSignersOptions(scope, 'hello-world').queryKey, {});
      seed?.(qc);
    },
  });
}

const base = `/r/${encodeURIComponent(REGISTRY)}/p`;

describe('package page', () => {
  it('shows the version, release notes and the variant table with signatures (viewer)', async () => {
    renderPage(`${base}/bitcoind`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bitcoin Core' })).toBeTruthy();
    expect(await screen.findByText('Update to Bitcoin Core 28.1')).toBeTruthy(); // Markdown arrives on demand

    const table = within(
      screen.getByRole('region', { name: 'Hardware variants of 28.1:0' }),
    ).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Architectures',
      'Minimum RAM',
      'Device filters',
      'Sighash',
      'Published',
      'Downloads',
      'Signatures',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'aarch64',
      'x86_64',
    ]);
    const x86 = rows[1]!;
    expect(within(x86).getByText('u3Lx8xxB…QUygA8')).toBeTruthy();
    expect(within(x86).getByRole('button', { name: 'Copy sighash of variant 2' })).toBeTruthy();
    // A viewer sees the package's scoped signer (Alice) by name; the embedded developer key is unknown.
    expect(within(x86).getByText('Alice')).toBeTruthy();
    expect(within(x86).getByText('unknown key')).toBeTruthy();
    const mirror = within(x86).getByRole('link', {
      name: 'https://mirror.example.net/bitcoind_x86_64.s9pk',
    });
    expect(mirror.getAttribute('rel')).toBe('noopener noreferrer');
    expect(x86.querySelector('time')?.getAttribute('datetime')).toBe('2026-06-01T12:05:10.500Z');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('names every signer for an admin', async () => {
    renderPage(`${base}/bitcoind`, {
      role: { kind: 'admin', guid: ADMIN, name: 'Registry Admin', scopes: {} },
      seed: (qc) => qc.setQueryData(signersOptions(scope).queryKey, example.signers),
    });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByText('Package Developer')).toHaveLength(2);
    expect(within(table).queryByText('unknown key')).toBeNull();
  });

  it('links dependencies present in the registry', async () => {
    renderPage(`${base}/hello-world`);
    const link = await screen.findByRole('link', { name: 'Bitcoin Core' });
    expect(link.getAttribute('href')).toBe(`${base}/bitcoind`);
    expect(screen.getByText('optional')).toBeTruthy();
    expect(screen.getByRole('rowheader').textContent).toBe('aarch64, x86_64');
    expect(screen.getByText('2 GiB')).toBeTruthy();
  });

  it('says when the package is not on this registry', async () => {
    renderPage(`${base}/nope`);
    expect(
      await screen.findByRole('heading', { name: 'Package not found on this registry' }),
    ).toBeTruthy();
    expect(screen.getByText(/is not on this registry/)).toBeTruthy();
  });

  it('says when the requested version is not there and shows the newest', async () => {
    renderPage(`${base}/bitcoind?v=9.9:0`);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Version 9.9:0 is not on this registry; showing 28.1:0 instead.',
    );
  });

  it('lists all versions on the versions tab', async () => {
    renderPage(`${base}/bitcoind?tab=versions`);
    expect(await screen.findByRole('heading', { level: 2, name: 'All versions (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Versions' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      screen
        .getByRole('button', { name: /Release notes and variants of 28.1:0/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });
});

describe('view as device', () => {
  it('asks package.get without targetVersion and explains the hidden variant', async () => {
    const index = exampleIndex();
    const info = structuredClone(index.packages['bitcoind']!.versions['28.1:0']!);
    info.s9pks = [info.s9pks[1]!];
    const answer: PackageGetFull = {
      categories: ['bitcoin'],
      best: { '28.1:0': info },
      otherVersions: {},
    };
    fetchMock.mockImplementation(() =>
      Promise.resolve(
        new Response(JSON.stringify({ jsonrpc: '2.0', id: 1, result: answer }), {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );

    renderPage(`${base}/bitcoind?tab=device&ram=4`);
    expect(await screen.findByText('would install')).toBeTruthy();
    expect(screen.getByText(/aarch64: no build for x86_64 \(only aarch64\)/)).toBeTruthy();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [endpoint, init] = fetchMock.mock.calls[0] as [URL, RequestInit];
    expect(String(endpoint)).toBe(`${REGISTRY}/rpc/v0`);
    const body = JSON.parse(new TextDecoder().decode(init.body as Uint8Array));
    expect(body.method).toBe('package.get');
    expect(body.params).toEqual({ id: 'bitcoind', otherVersions: 'full' });
    const header = new URLSearchParams(
      (init.headers as Record<string, string>)['X-StartOS-Device-Info'],
    );
    expect(Object.fromEntries(header)).toEqual({
      'os.version': '0.4.0-beta.10',
      'os.compat': '>=0.3.0:0 <=0.4.0-beta.10:0',
      'os.platform': 'x86_64',
      'os.language': 'en_US',
      'hardware.arch': 'x86_64',
      'hardware.ram': String(4 * 2 ** 30),
    });
    expect((init.headers as Record<string, string>)['X-StartOS-Auth-Sig']).toBeUndefined();
  });
});

describe('compare versions', () => {
  it('shows the supply-chain diff between two versions of the index', async () => {
    const index = exampleIndex();
    const pkg = index.packages['bitcoind']!;
    const older = structuredClone(pkg.versions['28.1:0']!);
    older.license = 'GPL-3.0';
    older.userspaceFilesystems = true;
    pkg.versions['28.0:0'] = older;
    renderPage(`${base}/bitcoind?tab=versions`, { seed: (qc) => qc.setQueryData(packageIndexOptions(scope).queryKey, index) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Compare versions' })).toBeTruthy();
    expect((screen.getByLabelText('Earlier version') as HTMLSelectElement).value).toBe('28.0:0');
    const words = screen.getByRole('list', { name: /Changes from 28.0:0 to 28.1:0/ });
    expect(within(words).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'MediumThe developer key of 28.1:0 could not be read, so a change of key cannot be ruled out.',
      'MediumLicense changed from GPL-3.0 to MIT.',
      'LowNo longer asks for user-space file systems (/dev/fuse).',
    ]);
  });
});
