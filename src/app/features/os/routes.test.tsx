// @vitest-environment jsdom
/**
 * Component tests of the OS release list (issue #15 item 2): a real QueryClient seeded with
 * `os.index` and the signer lists, the real registry scope; the network edge is stubbed and
 * must stay silent.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OsIndex } from '../../../core/rpc/types.ts';
import {
  OS_ALICE,
  OS_BOB,
  OS_MALLORY,
  osRelease,
  osSignerMap,
  signedOsAsset,
} from '../../../core/testing/os-release-fixture.ts';
import {
  anonymousScope,
  osIndexOptions,
  osVersionSignersOptions,
  roleOptions,
} from '../../lib/registry-queries.ts';
import { forgetBucket, lockBucket } from '../../lib/publishing/bucket-settings.ts';
import type { Role } from '../../lib/role.ts';
import { DEFAULT_CONFIG } from '../../lib/runtime-config/config-schema.ts';
import { setRuntimeConfig } from '../../lib/runtime-config/runtime-config.ts';
import { renderRegistryRoute } from '../../testing/render-registry-route.tsx';
import { OsReleasesPage } from './routes.tsx';

// demo mode (one test) is honoured only by the development server: lib/demo.ts reads this on import
vi.hoisted(() => vi.stubEnv('MODE', 'development'));

const REGISTRY = 'http://registry.test';
const scope = anonymousScope(REGISTRY);
let fetchMock: ReturnType<typeof vi.fn<(url: URL, init: RequestInit) => Promise<Response>>>;

beforeAll(() => import('../../components/sanitized-content.tsx'), 60_000);
// jsdom has no Worker: the worker client runs its handler in process and imports it on first
// use. Loaded here, that import cannot still be running when the file's environment is torn
// down (a clean run reported it as an unhandled EnvironmentTeardownError).
// eslint-disable-next-line import-x/no-restricted-paths -- preloads what worker/client.ts imports lazily
beforeAll(() => Promise.all([import('../../../worker/handler.ts'), import('../../../core/s9pk/hasher.ts')]), 60_000);
beforeEach(() => {
  fetchMock = vi.fn<(url: URL, init: RequestInit) => Promise<Response>>(() =>
    Promise.reject(new Error('unexpected network call')),
  );
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const image = new Uint8Array(3000).fill(7);
const index: OsIndex = {
  versions: {
    '0.3.6': osRelease({
      headline: 'Older',
      sourceVersion: '>=0.3.5 <0.3.6',
      authorized: [OS_ALICE.guid],
      iso: { x86_64: signedOsAsset(image, [OS_ALICE]) },
    }),
    '0.4.0': osRelease({
      headline: 'Faster backups',
      releaseNotes: '## What changed\n\n- **Backups** are faster\n\n<script>alert(1)</script>',
      sourceVersion: '>=0.3.5',
      authorized: [OS_ALICE.guid, OS_BOB.guid],
      img: {
        raspberrypi: signedOsAsset(
          image,
          [OS_ALICE, OS_MALLORY],
          ['https://images.example/pi.img', 'javascript:alert(1)'],
        ),
      },
      iso: { x86_64: signedOsAsset(image, [OS_ALICE, OS_BOB]) },
    }),
  },
};

function renderPage(seedSigners = true, role: Role = { kind: 'viewer' }) {
  renderRegistryRoute({
    registry: REGISTRY,
    path: '/r/:registry/os',
    element: <OsReleasesPage />,
    entry: `/r/${encodeURIComponent(REGISTRY)}/os`,
    seed: (qc) => {
      qc.setQueryData(osIndexOptions(scope).queryKey, index);
      qc.setQueryData(roleOptions(scope).queryKey, role);
      if (!seedSigners) return;
      qc.setQueryData(
        osVersionSignersOptions(scope, '0.4.0').queryKey,
        osSignerMap(OS_ALICE, OS_BOB),
      );
      qc.setQueryData(osVersionSignersOptions(scope, '0.3.6').queryKey, osSignerMap(OS_ALICE));
    },
  });
}

describe('OS release list', () => {
  it('lists releases newest first with headline, source range in words and sanitized notes', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'StartOS releases' })).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Update preview', 'StartOS 0.4.0', 'StartOS 0.3.6']);
    const latest = screen.getByRole('region', { name: 'StartOS 0.4.0' });
    expect(within(latest).getByText('Faster backups')).toBeTruthy();
    expect(within(latest).getByText('Devices on 0.3.5 or later may upgrade.')).toBeTruthy();
    expect(
      await within(latest).findByRole('heading', { name: 'What changed' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(latest.querySelector('script')).toBeNull();
    expect(within(latest).getByText('Alice, Bob')).toBeTruthy();
    const older = screen.getByRole('region', { name: 'StartOS 0.3.6' });
    expect(
      within(older).getByText('Devices on 0.3.5 or later, but earlier than 0.3.6, may upgrade.'),
    ).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows each asset with size, hash, links, named signatures and its verdict', () => {
    renderPage();
    const table = within(screen.getByRole('region', { name: 'Images of StartOS 0.4.0' })).getByRole(
      'table',
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'raspberrypi',
      'x86_64',
    ]);
    const [pi, x86] = rows as [HTMLElement, HTMLElement];
    expect(within(pi).getByText('img')).toBeTruthy();
    expect(within(pi).getByText('2.9 KiB')).toBeTruthy();
    expect(
      within(pi).getByRole('button', { name: /BLAKE3 hash of the raspberrypi img image/ }),
    ).toBeTruthy();
    expect(within(pi).getByRole('link', { name: 'https://images.example/pi.img' })).toBeTruthy();
    expect(within(pi).queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(within(pi).getByText('Alice')).toBeTruthy();
    expect(within(pi).getByText('unknown key')).toBeTruthy();
    expect(within(pi).getByText('not authorized for this release')).toBeTruthy();
    expect(within(pi).getByText('Signed by 1 of 2 authorized signers')).toBeTruthy();
    expect(within(x86).getByText('Signed by 2 of 2 authorized signers')).toBeTruthy();
  });

  it('counts no signer until the signer list is known, but keeps the authorized count', () => {
    fetchMock.mockImplementation(() => new Promise(() => undefined));
    renderPage(false);
    const table = within(screen.getByRole('region', { name: 'Images of StartOS 0.4.0' })).getByRole(
      'table',
    );
    expect(within(table).getAllByText('Signed by 0 of 2 authorized signers')).toHaveLength(2);
  });
});

describe('update preview', () => {
  it('asks os.version.get with the device header only and explains what is hidden', async () => {
    const answer = { '0.3.6': index.versions['0.3.6']! };
    fetchMock.mockImplementation(() =>
      Promise.resolve(
        new Response(JSON.stringify({ jsonrpc: '2.0', id: 1, result: answer }), {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    renderPage();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('StartOS version of the device'), '0.3.5.1');
    await user.type(screen.getByLabelText('Platform'), 'raspberrypi');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const list = await screen.findByRole('list', {
      name: 'Releases for a raspberrypi device on 0.3.5.1',
    });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['0.4.0: hidden: no squashfs image for raspberrypi', '0.3.6: offered']);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [, init] = fetchMock.mock.calls[0]!;
    const body: unknown = JSON.parse(await new Response(init.body).text());
    expect(body).toMatchObject({ method: 'os.version.get', params: {} });
    const headers = new Headers(init.headers);
    expect(
      Object.fromEntries(new URLSearchParams(headers.get('X-StartOS-Device-Info') ?? '')),
    ).toEqual({
      'os.version': '0.3.5.1',
      'os.compat': '>=0.3.0:0 <=0.3.5.1:0',
      'os.platform': 'raspberrypi',
    });
    expect(headers.get('X-StartOS-Auth-Sig')).toBeNull();
  });

  it('refuses a version StartOS would not send', async () => {
    renderPage();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('StartOS version of the device'), '0.3.5:0');
    expect(screen.getByText('Not a StartOS version (for example 0.3.5.1).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Preview' }).hasAttribute('disabled')).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('readiness checklist', () => {
  const admin: Role = { kind: 'admin', guid: 'admin-guid', name: 'Admin', scopes: {} };

  it('is not shown to viewers', () => {
    renderPage();
    expect(screen.queryByRole('heading', { name: 'Readiness checklist' })).toBeNull();
  });

  it('checks platforms, N signatures (remembered) and URL sizes on request', async () => {
    localStorage.clear();
    fetchMock.mockImplementation((url) =>
      Promise.resolve(
        new Response(null, {
          headers: {
            'content-length': String(url).includes('images.example/os.img') ? '3000' : '12',
          },
        }),
      ),
    );
    renderPage(true, admin);
    const user = userEvent.setup();
    const latest = screen.getByRole('region', { name: 'StartOS 0.4.0' });
    const list = within(latest).getByRole('heading', {
      name: 'Readiness checklist',
    }).nextElementSibling;
    if (!(list instanceof HTMLElement)) throw new Error('no checklist');
    expect(within(list).getByText('Every image of 0.3.6 has a counterpart here.')).toBeTruthy();
    expect(
      within(list).getByText('Every image is signed by at least 1 authorized signer.'),
    ).toBeTruthy();
    const n = screen.getByLabelText('Authorized signatures required per image:');
    await user.clear(n);
    await user.type(n, '2');
    expect(
      within(list).getByText('Signed by fewer than 2 authorized signers: raspberrypi img'),
    ).toBeTruthy();
    expect(localStorage.getItem(`registry-console:os-min-signers:${REGISTRY}`)).toBe('2');
    // One N for the page: the older release's checklist uses it too.
    expect(screen.getByText('Signed by fewer than 2 authorized signers: x86_64 iso')).toBeTruthy();
    expect(within(list).getByText('Download URLs not checked yet.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(within(list).getByRole('button', { name: 'Check download URLs' }));
    expect(
      await within(list).findByText('Some download URLs do not answer as they should:'),
    ).toBeTruthy();
    expect(within(list).getByText(/serves 12 bytes, not the committed size/)).toBeTruthy();
    expect(fetchMock.mock.calls.every(([, init]) => init.method === 'HEAD')).toBe(true);
  });
});

describe('OS releases page in demo mode', () => {
  afterEach(async () => {
    setRuntimeConfig(DEFAULT_CONFIG);
    lockBucket();
    await forgetBucket();
  });
  const demoBucket = { endpoint: 'http://127.0.0.1:4568', region: 'us-east-1', bucket: 'packages', pathStyle: true, publicUrl: 'http://127.0.0.1:4568/packages', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const bucketLines = () => screen.queryAllByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('Bucket: packages at http://127.0.0.1:4568'));

  // regression: every release's image area repeated the offer until a bucket was saved
  it('offers the demo bucket once, above the releases, and every release then shows the saved bucket', async () => {
    setRuntimeConfig({ ...DEFAULT_CONFIG, demo: { registryUrl: REGISTRY, adminKeyPem: '-----BEGIN PRIVATE KEY-----', filesDir: null, bucket: demoBucket } });
    renderPage(true, { kind: 'signer', guid: OS_ALICE.guid, name: 'Alice', scopes: {} });
    const use = await screen.findByRole('button', { name: 'Use the demo bucket' }, { timeout: 10_000 });
    // both releases' bucket panels are there, and the offer still shows once
    expect(screen.getAllByRole('button', { name: 'Set up the upload bucket' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Use the demo bucket' })).toHaveLength(1);
    const first = screen.getByRole('region', { name: 'StartOS 0.4.0' });
    expect(use.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(use);
    await waitFor(() => expect(bucketLines()).toHaveLength(2), { timeout: 20_000 });
    expect(screen.queryByRole('button', { name: 'Use the demo bucket' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set up the upload bucket' })).toBeNull();
  }, 30_000);
});
