// @vitest-environment jsdom
/**
 * Component tests of the curation screens: the real router, registry scope, QueryClient and
 * mutation hooks; only `fetch` is replaced, by a small in-memory registry that can be told to
 * fail a given call. Checks what a user sees when writes fail: nothing typed is lost, the
 * optimistic change is rolled back, bulk runs report per package, deletion keeps the category.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outlet } from 'react-router';
import type { Category, PackageIndex, SignerInfo } from '../../../core/rpc/types.ts';
import { paths } from '../../lib/paths.ts';
import { anonymousScope, roleOptions } from '../../lib/registry-queries.ts';
import { renderRegistryRoute } from '../../testing/render-registry-route.tsx';
import { preloadRoutes } from '../../testing/preload-routes.ts';
import type { Role } from '../../lib/role.ts';
import { index, pkg } from './testing/fixtures.ts';
import { curationRoutes } from './routes.tsx';

const REGISTRY = 'http://registry.test';
const SIGNERS: Record<string, SignerInfo> = { ME: { name: 'Me', contact: [], keys: [] }, ALICE: { name: 'Alice', contact: [], keys: [] } };
type Failure = { method: string; when?: (params: Record<string, unknown>) => boolean; code: number; details: string };

let state: { index: PackageIndex; calls: { method: string; params: Record<string, unknown> }[]; failures: Failure[] };

function answer(method: string, params: Record<string, unknown>): unknown {
  const cats = state.index.categories;
  const pkgs = state.index.packages;
  switch (method) {
    case 'package.index':
      return state.index;
    case 'package.category.list':
      return cats;
    case 'info':
      return { name: 'Test', icon: null, categories: cats };
    case 'admin.signer.list':
      return SIGNERS;
    case 'admin.list':
      return { ME: SIGNERS.ME };
    case 'package.signer.list': {
      const auth = pkgs[params.id as string]!.authorized;
      return Object.fromEntries(Object.entries(auth).map(([g, r]) => [g, [SIGNERS[g], r]]));
    }
    case 'package.signer.add': {
      const p = pkgs[params.id as string]!;
      state.index = { ...state.index, packages: { ...pkgs, [params.id as string]: { ...p, authorized: { ...p.authorized, [params.signer as string]: params.merge ? `(${p.authorized[params.signer as string]}) || ${params.versions as string}` : (params.versions as string) } } } };
      return null;
    }
    case 'package.category.add':
      state.index = { ...state.index, categories: { ...cats, [params.id as string]: { name: params.name } as Category } };
      return null;
    case 'package.category.remove': {
      const { [params.id as string]: _gone, ...rest } = cats;
      state.index = { ...state.index, categories: rest };
      return null;
    }
    case 'package.remove': {
      const p = pkgs[params.id as string]!;
      const { [params.version as string]: _gone, ...versions } = p.versions;
      state.index = { ...state.index, packages: { ...pkgs, [params.id as string]: { ...p, versions } } };
      return true;
    }
    case 'package.category.add-package':
    case 'package.category.remove-package': {
      const p = pkgs[params.package as string]!;
      const set = new Set(p.categories);
      if (method.endsWith('add-package')) set.add(params.id as string);
      else set.delete(params.id as string);
      state.index = { ...state.index, packages: { ...pkgs, [params.package as string]: { ...p, categories: [...set].sort() } } };
      return null;
    }
  }
  throw new Error(`unexpected method ${method}`);
}

beforeEach(() => {
  state = {
    index: index({ bitcoind: pkg(['bitcoin']), 'hello-world': pkg([], ['1.0.0:0', '1.5.0:0', '2.5.0:0'], { ALICE: '>=1.0.0:0 <2.0.0:0' }), jellyfin: pkg(['media']), lnd: pkg(['bitcoin']) }, ['bitcoin', 'media']),
    calls: [],
    failures: [],
  };
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req = JSON.parse(new TextDecoder().decode(init.body as Uint8Array)) as { id: number; method: string; params: Record<string, unknown> };
    state.calls.push({ method: req.method, params: req.params });
    const fail = state.failures.find((f) => f.method === req.method && (!f.when || f.when(req.params)));
    const body = fail
      ? { jsonrpc: '2.0', id: req.id, error: { code: fail.code, message: 'x', data: { details: fail.details } } }
      : { jsonrpc: '2.0', id: req.id, result: answer(req.method, req.params) };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
});
beforeAll(() => preloadRoutes(curationRoutes), 60_000); // the screens are lazy pages

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderCurate(path: string, role: Role = { kind: 'admin', guid: 'ME', name: 'Me', scopes: {} }) {
  const { qc } = renderRegistryRoute({
    registry: REGISTRY,
    path: '/r/:registry/curate',
    element: <Outlet />,
    children: curationRoutes,
    entry: `/r/${encodeURIComponent(REGISTRY)}/curate${path}`,
    seed: (qc) => qc.setQueryData(roleOptions(anonymousScope(REGISTRY)).queryKey, role),
  });
  return qc;
}

const methods = () => state.calls.map((c) => c.method).filter((m) => !['package.index', 'package.category.list', 'info'].includes(m));

describe('curation screens', () => {
  it('link each overview card to its section of this registry', async () => {
    renderCurate('');
    const cards = within(await screen.findByRole('list')).getAllByRole('link');
    expect(cards.map((a) => a.getAttribute('href'))).toEqual([
      paths.registry.curate.categories.getHref(REGISTRY),
      paths.registry.curate.signers.getHref(REGISTRY),
      paths.registry.curate.scopes.getHref(REGISTRY),
      paths.registry.curate.identity.getHref(REGISTRY),
      paths.registry.curate.retention.getHref(REGISTRY),
    ]);
  });

  it('explain themselves to non-admins instead of offering writes', async () => {
    renderCurate('/categories', { kind: 'viewer' });
    expect(await screen.findByText('Curation is for administrators')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create category' })).toBeNull();
  });

  it('keeps the new-category form and rolls the list back when the registry refuses', async () => {
    state.failures.push({ method: 'package.category.add', code: 34, details: 'Unauthorized' });
    renderCurate('/categories');
    const form = await screen.findByRole('form', { name: 'New category' });
    fireEvent.change(within(form).getByLabelText('Id'), { target: { value: 'finance' } });
    fireEvent.change(within(form).getByLabelText('English (en_US)'), { target: { value: 'Finance' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create category' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/not \(or no longer\) an administrator/);
    expect((within(form).getByLabelText('Id') as HTMLInputElement).value).toBe('finance');
    expect((within(form).getByLabelText('English (en_US)') as HTMLInputElement).value).toBe('Finance');
    expect(screen.queryByTestId('category-finance')).toBeNull();
  });

  it('bulk-assigns with per-package results and retries only the failures', async () => {
    state.failures.push({ method: 'package.category.add-package', when: (p) => p.package === 'hello-world', code: 6, details: 'hello-world' });
    renderCurate('/categories?c=media&do=members');
    fireEvent.click(await screen.findByRole('checkbox', { name: /bitcoind/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^lnd/ }), { shiftKey: true });
    expect(screen.getByText('4 of 4 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add 4 to media' }));
    const results = await screen.findByTestId('bulk-results');
    expect(await within(results).findByText('2 of 3 assigned; 1 failed.')).toBeTruthy();
    // the focus was nowhere (the button was disabled while the run went): the summary has it
    expect(document.activeElement?.textContent).toBe('2 of 3 assigned; 1 failed.');
    expect(within(results).getByRole('list', { name: 'Failed items' }).textContent).toMatch(/hello-world: add to media — That package is no longer in this registry/);
    expect(screen.getByText('1 already in "media", left as they are.')).toBeTruthy();
    state.failures = [];
    fireEvent.click(within(results).getByRole('button', { name: 'Retry the 1 failed' }));
    expect(await screen.findByText('1 assigned.')).toBeTruthy();
    expect(state.index.packages['hello-world']?.categories).toEqual(['media']);
  });

  it('closes a category panel on Escape and gives the focus back to the button that opened it', async () => {
    renderCurate('/categories');
    const opener = await screen.findByRole('button', { name: 'Assign packages to media' });
    opener.focus();
    fireEvent.click(opener);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toMatch(/media/));
    expect(document.activeElement).not.toBe(opener);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Assign packages to media' })));
  });

  it('deletes a category only after every package was cleaned, and keeps it otherwise', async () => {
    state.failures.push({ method: 'package.category.remove-package', when: (p) => p.package === 'lnd', code: 29, details: 'disk full' });
    renderCurate('/categories?c=bitcoin&do=delete');
    expect(await screen.findByText(/carry "bitcoin": bitcoind, lnd/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete "bitcoin" and clean 2 packages' }));
    expect(await screen.findByText('1 of 2 cleaned; 1 failed.')).toBeTruthy();
    expect(methods()).not.toContain('package.category.remove');
    expect(state.index.categories.bitcoin).toBeDefined();
    state.failures = [];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Category "bitcoin" deleted.')).toBeTruthy();
    expect(state.index.categories.bitcoin).toBeUndefined();
    expect(Object.values(state.index.packages).some((p) => p.categories.includes('bitcoin'))).toBe(false);
  });

  it('makes replace-vs-merge an explicit choice showing the old and resulting range', async () => {
    renderCurate('/scopes?pkg=hello-world&signer=ALICE');
    const range = await screen.findByLabelText('Version range');
    fireEvent.change(range, { target: { value: '>=2.0.0:0' } });
    expect(screen.getByText('Choose replace or merge to save.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Replace scope' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('scope-replace-result').textContent).toBe('>=2.0.0:0');
    expect(screen.getByTestId('scope-merge-result').textContent).toBe('(>=1.0.0:0 <2.0.0:0) || >=2.0.0:0');
    fireEvent.click(screen.getByRole('radio', { name: /Replace/ }));
    expect(screen.getByText(/Loses 1\.5\.0:0, 1\.0\.0:0/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Merge/ }));
    expect(screen.queryByText(/Loses/)).toBeNull();
    expect(screen.getByText(/covers 3 of 3 published versions/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Merge into scope' }));
    await screen.findByRole('button', { name: 'Grant a scope' });
    expect(state.calls.find((c) => c.method === 'package.signer.add')?.params).toEqual({ id: 'hello-world', signer: 'ALICE', versions: '>=2.0.0:0', merge: true });
  });

  it('shows a typing error with its position and never sends an invalid range', async () => {
    renderCurate('/scopes?pkg=hello-world&grant=1');
    fireEvent.change(await screen.findByLabelText('Signer'), { target: { value: 'ME' } });
    fireEvent.change(screen.getByLabelText('Version range'), { target: { value: '>=1.0 <<2' } });
    expect(screen.getByText(/Not a valid range at character 7/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Grant scope' }) as HTMLButtonElement).disabled).toBe(true);
    expect(methods()).not.toContain('package.signer.add');
  });

  it('retention: previews "keep the newest 1", asks for the count typed, removes per version and retries what failed', async () => {
    state.failures.push({ method: 'package.remove', when: (p) => p.version === '1.0.0:0', code: 9, details: 'database busy' });
    renderCurate('/retention');
    fireEvent.click(await screen.findByRole('button', { name: 'Show what goes' }));
    expect((await screen.findByTestId('retention-preview')).textContent).toMatch(/2 versions go, with 2 variants and 2 URLs; 1 version stays/);
    const rows = within(screen.getByRole('region', { name: 'Versions to remove' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelectorAll('td')[1]!.textContent)).toEqual(['1.5.0:0', '1.0.0:0']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove 2 versions' }));
    const confirm = screen.getByRole('button', { name: 'Remove 2 versions for good' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: /Type remove 2 versions/ }), { target: { value: 'remove 2 versions' } });
    fireEvent.click(confirm);
    expect((await screen.findByTestId('bulk-results')).textContent).toMatch(/1 of 2 removed; 1 failed\..*hello-world 1\.0\.0:0/);
    expect(Object.keys(state.index.packages['hello-world']!.versions)).toEqual(['1.0.0:0', '2.5.0:0']);
    state.failures = [];
    fireEvent.click(screen.getByRole('button', { name: 'Retry the 1 failed' }));
    await screen.findByText('All 2 removed.');
    expect(Object.keys(state.index.packages['hello-world']!.versions)).toEqual(['2.5.0:0']);
    expect(state.calls.filter((c) => c.method === 'package.remove').map((c) => c.params)).toEqual([
      { id: 'hello-world', version: '1.5.0:0' },
      { id: 'hello-world', version: '1.0.0:0' },
      { id: 'hello-world', version: '1.0.0:0' },
    ]);
  });

  it('retention: a broad rule renders 200 rows at a time, removes every selected version, and a new rule starts over', async () => {
    const versions = Array.from({ length: 450 }, (_, i) => `1.0.${i}:0`);
    state.index = index({ many: pkg([], versions) });
    renderCurate('/retention');
    fireEvent.click(await screen.findByRole('button', { name: 'Show what goes' }));
    await screen.findByRole('region', { name: 'Versions to remove' });
    const shown = () => within(screen.getByRole('region', { name: 'Versions to remove' })).getAllByRole('row').length - 1;
    expect(shown()).toBe(200);
    expect(screen.getByText('Showing 200 of 449').getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(shown()).toBe(400);
    expect(document.activeElement?.querySelectorAll('td')[1]?.textContent).toBe('1.0.248:0');
    expect(screen.getByText('Showing 400 of 449')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Versions to keep per package and flavor'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show what goes' }));
    await screen.findByText('Showing 200 of 448');
    expect(shown()).toBe(200);

    fireEvent.click(screen.getByRole('button', { name: 'Remove 448 versions' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Type remove 448 versions/ }), { target: { value: 'remove 448 versions' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove 448 versions for good' }));
    await screen.findByText('All 448 removed.', undefined, { timeout: 30_000 });
    const removed = state.calls.filter((c) => c.method === 'package.remove').map((c) => c.params.version);
    expect(new Set(removed)).toEqual(new Set(versions.slice(0, 448)));
    expect(Object.keys(state.index.packages.many!.versions).sort()).toEqual(['1.0.448:0', '1.0.449:0']);
  }, 60_000);
});
