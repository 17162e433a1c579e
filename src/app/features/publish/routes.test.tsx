// @vitest-environment jsdom
/**
 * The publish page with real parts: the real router, registry scope, QueryClient and publish
 * controller, the stand-in registry's handler behind `fetch`, a real file host for URL hosting
 * and the in-process worker fallback. Regression of issue 10: while a "Publish all" batch
 * runs, leaving the page and coming back must not offer "Publish all" again.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRegistryClient } from '../../../core/rpc/client.ts';
import type { MerkleArchiveCommitmentWire } from '../../../core/sign/commitment.ts';
// eslint-disable-next-line no-restricted-imports -- test only: a real file host to publish from
import { startFileHost, type FileHost } from '../../../server/testing/publish-harness.ts';
// eslint-disable-next-line no-restricted-imports -- test only: the stand-in registry as the backend
import { httpS9pkFetcher, type S9pkFetcher } from '../../../server/s9pk-fetch.ts';
// eslint-disable-next-line no-restricted-imports -- test only: the stand-in registry as the backend
import { BASE, createHarness, type Harness } from '../../../server/testing/test-harness.ts';
import { upsertRegistry, type SavedRegistry } from '../../lib/registries.ts';
import { lockSession, unlockSession } from '../../lib/vault-session.ts';
import { renderRegistryRoute } from '../../testing/render-registry-route.tsx';
import { PublishPage } from './routes.tsx';

// Under jsdom, Node's TextEncoder returns a Uint8Array of another realm, which core's
// `instanceof Uint8Array` checks refuse (a browser has one realm); copy into this one.
await vi.hoisted(async () => {
  const Native = globalThis.TextEncoder;
  class SameRealmTextEncoder extends Native {
    override encode(input?: string) {
      return new Uint8Array(super.encode(input));
    }
  }
  globalThis.TextEncoder = SameRealmTextEncoder;
});

let h: Harness;
let host: FileHost;
const files: { name: string; url: string; bytes: Uint8Array }[] = [];
/** The registry's downloads wait for this gate, so a batch stays in flight while the test looks. */
let openGate = () => {};
const gate = new Promise<void>((resolve) => (openGate = resolve));
const realFetch = globalThis.fetch;
/** The key signs only for saved registries (issue 11, item 8). */
let saved: SavedRegistry;

beforeAll(async () => {
  const http = httpS9pkFetcher({ timeoutMs: 30_000 });
  const fetcher: S9pkFetcher = { open: async (url: string, commitment: MerkleArchiveCommitmentWire) => (await gate, http.open(url, commitment)) };
  h = await createHarness({ fetcher });
  host = await startFileHost();
  for (const version of ['1.0.0:0', '1.1.0:0']) {
    const name = `hello_${version.replace(':', '_')}.s9pk`;
    files.push({ name, ...(await host.put(name, { id: 'hello', version })) });
  }
  unlockSession({ id: 'admin', name: 'Admin', publicKeyPem: h.admin.pem }, h.admin.seed);
  saved = await upsertRegistry({ url: BASE, label: null, context: null });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(BASE)) return realFetch(input, init);
    h.clock.ms = Date.now();
    return h.handler(new Request(input, init));
  });
});
afterEach(cleanup);
afterAll(async () => {
  openGate();
  vi.unstubAllGlobals();
  lockSession();
  await host?.close();
});

function renderConsole() {
  const base = `/r/${encodeURIComponent(BASE)}`;
  const { router } = renderRegistryRoute({
    registry: BASE,
    path: '/r/:registry',
    element: <Outlet />,
    children: [
      { path: 'publish', element: <PublishPage /> },
      { path: 'elsewhere', element: <p>Another page</p> },
    ],
    entry: `${base}/publish`,
    saved: [saved],
  });
  return { go: (page: 'publish' | 'elsewhere') => router.navigate(`${base}/${page}`) };
}

const row = (name: string) => screen.getByRole('listitem', { name: new RegExp(name.replace(/\./g, '\\.')) });

describe('publish page', () => {
  it('regression: "Publish all" stays disabled after leaving and coming back while a batch runs', async () => {
    const app = renderConsole();
    const picker = await screen.findByLabelText('Choose .s9pk files', {}, { timeout: 20_000 });
    fireEvent.change(picker, { target: { files: files.map((f) => new File([new Uint8Array(f.bytes)], f.name)) } });
    for (const f of files) {
      await waitFor(() => expect(row(f.name).textContent).toMatch(/Verified: signature/), { timeout: 20_000 });
      fireEvent.change(within(row(f.name)).getByLabelText(/Download URLs/), { target: { value: f.url } });
    }
    const publishAll = await screen.findByRole('button', { name: 'Publish all ready (2)' });
    fireEvent.click(publishAll);
    await waitFor(() => expect(row(files[0]!.name).textContent).toMatch(/The registry is downloading/), { timeout: 20_000 });
    expect(screen.getByRole('button', { name: 'Publishing…' }).hasAttribute('disabled')).toBe(true);

    await app.go('elsewhere');
    await screen.findByText('Another page');
    await app.go('publish');
    // the second file waits in the running batch: it must not be offered to a second one
    const button = await screen.findByRole('button', { name: /^Publish(ing…| all)/ });
    expect(button.textContent).toBe('Publishing…');
    expect(button.hasAttribute('disabled')).toBe(true);

    openGate();
    for (const f of files) await waitFor(() => expect(row(f.name).textContent).toMatch(/Added to the registry/), { timeout: 30_000 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish all ready (0)' })).toBeTruthy());
    const index = await createRegistryClient({ url: BASE }).api.package.index({ anonymous: true });
    expect(Object.keys(index.packages.hello!.versions).sort()).toEqual(['1.0.0:0', '1.1.0:0']);
  }, 90_000);
});
