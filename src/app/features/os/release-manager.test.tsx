// @vitest-environment jsdom
/**
 * Component tests of the release manager (issue #15 item 3): the real page, router, registry
 * scope, QueryClient and mutation hooks; only `fetch` is replaced, by a small in-memory OS
 * registry that can be told to fail a call. An admin creates, edits and removes releases and
 * manages authorized signers; every failure is explained for its action.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OsIndex, OsVersionInfo, SignerInfo } from '../../../core/rpc/types.ts';
import { OS_ALICE, OS_BOB, osRelease, signedOsAsset } from '../../../core/testing/os-release-fixture.ts';
import { anonymousScope, roleOptions } from '../../lib/registry-queries.ts';
import type { Role } from '../../lib/role.ts';
import { renderRegistryRoute } from '../../testing/render-registry-route.tsx';
import { OsReleasesPage } from './routes.tsx';

const REGISTRY = 'http://registry.test';
const SIGNERS: Record<string, SignerInfo> = { [OS_ALICE.guid]: OS_ALICE.info, [OS_BOB.guid]: OS_BOB.info };
const ADMIN: Role = { kind: 'admin', guid: OS_ALICE.guid, name: 'Alice', scopes: {} };
type Params = Record<string, string>;
type Failure = { method: string; code: number; details: string };

let state: { index: OsIndex; calls: { method: string; params: Params }[]; failures: Failure[] };

function release(version: string): OsVersionInfo {
  const r = state.index.versions[version];
  if (!r) throw new Error(`no release ${version}`);
  return r;
}

function answer(method: string, p: Params): unknown {
  const versions = state.index.versions;
  switch (method) {
    case 'os.index':
      return state.index;
    case 'admin.signer.list':
      return SIGNERS;
    case 'os.version.signer.list':
      return Object.fromEntries(release(p.version!).authorized.map((g) => [g, SIGNERS[g]]));
    case 'os.version.add': {
      const old = versions[p.version!] ?? osRelease({ authorized: [] });
      versions[p.version!] = { ...old, headline: p.headline!, releaseNotes: p.releaseNotes!, sourceVersion: p.sourceVersion! };
      return null;
    }
    case 'os.version.remove':
      delete versions[p.version!];
      return null;
    case 'os.version.signer.add':
      release(p.version!).authorized.push(p.signer!);
      return null;
  }
  throw new Error(`unexpected method ${method}`);
}

// the sanitizer and the manager are chunks of their own
beforeAll(() => Promise.all([import('../../components/sanitized-content.tsx'), import('./components/new-release.tsx'), import('./components/release-manager.tsx')]), 60_000);
beforeEach(() => {
  const image = new Uint8Array(2048).fill(3);
  state = {
    index: { versions: { '0.3.6': osRelease({ headline: 'Older', authorized: [OS_ALICE.guid], iso: { x86_64: signedOsAsset(image, [OS_ALICE]) }, img: { raspberrypi: signedOsAsset(image, [OS_ALICE]) } }) } },
    calls: [],
    failures: [],
  };
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req = JSON.parse(new TextDecoder().decode(init.body as Uint8Array)) as { id: number; method: string; params: Params };
    state.calls.push({ method: req.method, params: req.params });
    const fail = state.failures.find((f) => f.method === req.method);
    const body = fail
      ? { jsonrpc: '2.0', id: req.id, error: { code: fail.code, message: 'x', data: { details: fail.details } } }
      : { jsonrpc: '2.0', id: req.id, result: answer(req.method, req.params) };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage(role: Role = ADMIN) {
  renderRegistryRoute({
    registry: REGISTRY,
    path: '/r/:registry/os',
    element: <OsReleasesPage />,
    entry: `/r/${encodeURIComponent(REGISTRY)}/os`,
    seed: (qc) => qc.setQueryData(roleOptions(anonymousScope(REGISTRY)).queryKey, role),
  });
}

const writes = () => state.calls.filter((c) => !['os.index', 'os.version.signer.list', 'admin.signer.list'].includes(c.method));
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe('release manager', () => {
  it('creates a release with validated version, previewed notes and a live source range', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'New release' }, { timeout: 10_000 }));
    const form = screen.getByRole('form', { name: 'New StartOS release' });
    const version = within(form).getByLabelText('Version number');
    type(version, '0.3.6');
    expect(within(form).getByText('The registry already has StartOS 0.3.6: edit that release instead.')).toBeTruthy();
    type(version, '0.4.0:1');
    expect(within(form).getByText(/Not a StartOS version at character \d/)).toBeTruthy();
    type(version, '0.4.0');
    type(within(form).getByLabelText('Headline'), 'Faster backups');
    type(within(form).getByLabelText('Release notes (Markdown)'), '## Changes\n\n<script>alert(1)</script>');
    fireEvent.click(within(form).getByRole('button', { name: 'Preview notes' }));
    const preview = within(form).getByRole('region', { name: 'Preview of the release notes' });
    expect(await within(preview).findByRole('heading', { name: 'Changes' }, { timeout: 10_000 })).toBeTruthy();
    expect(preview.querySelector('script')).toBeNull();
    type(within(form).getByLabelText('Devices that may upgrade (source version range)'), '>=0.3.5');
    expect(within(form).getByText(/Devices on 0.3.5 or later may upgrade\. Of the listed releases, devices on 0.3.6 may upgrade\./)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Create release' }));
    expect(await screen.findByRole('region', { name: 'StartOS 0.4.0' })).toBeTruthy();
    expect(writes()).toEqual([{ method: 'os.version.add', params: { version: '0.4.0', headline: 'Faster backups', releaseNotes: '## Changes\n\n<script>alert(1)</script>', sourceVersion: '>=0.3.5:0' } }]);
    expect(screen.getByRole('button', { name: 'New release' })).toBe(document.activeElement);
  });

  it('edits with the version fixed, says what is kept, and keeps the form on a refusal', async () => {
    state.failures.push({ method: 'os.version.add', code: 34, details: 'Unauthorized' });
    renderPage();
    const card = await screen.findByRole('region', { name: 'StartOS 0.3.6' });
    fireEvent.click(await within(card).findByRole('button', { name: 'Edit release' }));
    const form = within(card).getByRole('form', { name: 'Edit StartOS 0.3.6' });
    expect(within(form).queryByLabelText('Version number')).toBeNull();
    expect(within(form).getByText(/keeps its images and authorized signers/)).toBeTruthy();
    type(within(form).getByLabelText('Headline'), 'Renamed');
    fireEvent.click(within(form).getByRole('button', { name: 'Save release' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Only an administrator of this registry/);
    expect((within(form).getByLabelText('Headline') as HTMLInputElement).value).toBe('Renamed');
    expect(writes()[0]).toEqual({ method: 'os.version.add', params: { version: '0.3.6', headline: 'Renamed', releaseNotes: '', sourceVersion: '>=0.3.5:0' } });
  });

  it('removes a release only after its version is typed, listing the images that go with it', async () => {
    renderPage();
    const card = await screen.findByRole('region', { name: 'StartOS 0.3.6' });
    fireEvent.click(await within(card).findByRole('button', { name: 'Remove StartOS 0.3.6' }));
    const panel = within(card).getByRole('group', { name: 'Remove StartOS 0.3.6' });
    const assets = within(panel).getByRole('list', { name: 'Images removed with StartOS 0.3.6' });
    expect(within(assets).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['raspberrypi, img image (2 KiB)', 'x86_64, iso image (2 KiB)']);
    const confirm = within(panel).getByRole('button', { name: 'Remove StartOS 0.3.6' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    type(within(panel).getByRole('textbox'), '0.3.6');
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'StartOS 0.3.6' })).toBeNull());
    expect(writes()).toEqual([{ method: 'os.version.remove', params: { version: '0.3.6' } }]);
  });

  it('lists authorized signers by name, adds one, and explains a failed removal', async () => {
    state.failures.push({ method: 'os.version.signer.remove', code: 6, details: 'Signer alice-guid is not authorized to sign for v0.3.6' });
    renderPage();
    const card = await screen.findByRole('region', { name: 'StartOS 0.3.6' });
    fireEvent.click(await within(card).findByRole('button', { name: 'Authorized signers' }));
    const list = await within(card).findByRole('list', { name: 'Authorized signers of StartOS 0.3.6' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['AliceRemove']);
    type(await within(card).findByLabelText('Authorize a signer of this registry'), OS_BOB.guid);
    fireEvent.click(within(card).getByRole('button', { name: 'Authorize' }));
    expect(await within(card).findByText('Bob may now sign images of StartOS 0.3.6.')).toBeTruthy();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Alice from the authorized signers of StartOS 0.3.6' }));
    expect((await within(list).findByRole('alert')).textContent).toMatch(/not \(or no longer\) an authorized signer/);
    expect(writes().map((w) => w.method)).toEqual(['os.version.signer.add', 'os.version.signer.remove']);
  });

  it('offers no manager to a viewer', async () => {
    renderPage({ kind: 'viewer' });
    await screen.findByRole('region', { name: 'StartOS 0.3.6' });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByRole('button', { name: 'New release' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit release' })).toBeNull();
  });
});
