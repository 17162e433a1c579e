// @vitest-environment jsdom
/**
 * Component tests of the browse page: a real QueryClient seeded with `setQueryData`, the real
 * router and registry scope (no mocked hooks; `fetch` fails loudly if anything is asked).
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { PackageIndex } from '../../../core/rpc/types.ts';
import { anonymousScope, categoriesOptions, packageIndexOptions } from '../../lib/registry-queries.ts';
import { packageDigestOptions } from '../../lib/index-digest-query.ts';
import { digestIndex } from '../../../core/registry/package-digest.ts';
import { CoreError } from '../../../core/errors.ts';
import { renderRegistryRoute } from '../../testing/render-registry-route.tsx';
import { exampleIndex, fakePackage } from './testing/fixtures.ts';
import { servicesIndex } from './testing/search-fixtures.ts';
import { BrowsePage } from './routes.tsx';
import { setLocale } from '../../i18n/i18n.ts';

const REGISTRY = 'http://registry.test';
const fetchMock = vi.fn(() => Promise.reject(new Error('unexpected network call')));

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  // jsdom has no scrolling; the window virtualizer restores the offset on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchMock.mockClear();
});

function renderBrowse(search: string, index: PackageIndex = exampleIndex(), complete = true) {
  const { router, qc } = renderRegistryRoute({
    registry: REGISTRY,
    path: '/r/:registry',
    element: <BrowsePage />,
    entry: `/r/${encodeURIComponent(REGISTRY)}${search}`,
    seed: (qc) => {
      const scope = anonymousScope(REGISTRY);
      if (complete) qc.setQueryData(packageIndexOptions(scope).queryKey, index);
      const digest = digestIndex(index);
      qc.setQueryData(packageDigestOptions(scope).queryKey, complete ? { ...digest, complete } : { packages: digest.packages, categories: {}, complete });
      qc.setQueryData(categoriesOptions(scope).queryKey, index.categories);
    },
  });
  return Object.assign(router, { qc });
}

/** Search answers come from the (in-process) search worker: wait for them generously. */
const slow = { timeout: 10_000 };

/** The grid's cards; `name` is the list's label in the active language. */
const cards = async (name = 'Packages') =>
  within(await screen.findByRole('list', { name })).findAllByRole('listitem');

/** The example index with Bitcoin Core described in English and German. */
function bilingualIndex(): PackageIndex {
  const index = exampleIndex();
  index.packages['bitcoind']!.versions['28.1:0']!.description.short = {
    en_US: 'A full node',
    de_DE: 'Ein Vollknoten',
  };
  return index;
}

describe('browse page', () => {
  it('shows every package as a link to its page', async () => {
    renderBrowse('');
    const items = await cards();
    expect(items).toHaveLength(2);
    const link = within(items[1]!).getByRole('link');
    expect(link.getAttribute('href')).toBe(`/r/${encodeURIComponent(REGISTRY)}/p/hello-world`);
    expect(within(link).getByRole('heading', { level: 2, name: 'Hello World' })).toBeTruthy();
    expect(screen.getByTestId('result-count').textContent).toBe('2 packages');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('applies the search and category from the URL and writes changes back', async () => {
    const router = renderBrowse('?q=bitcon');
    expect(await screen.findByText('1 package matching “bitcon”', {}, slow)).toBeTruthy();
    expect(within((await cards())[0]!).getByRole('heading').textContent).toBe('Bitcoin Core');

    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'featured' } });
    expect(await screen.findByText('No packages matching “bitcon” in Featured')).toBeTruthy();
    expect(router.state.location.search).toBe('?q=bitcon&cat=featured');

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByText('2 packages')).toBeTruthy();
    expect(router.state.location.search).toBe('');
  });

  it('sorts by most recently published', async () => {
    const index = exampleIndex();
    index.packages['nextcloud'] = fakePackage('Nextcloud', 'Files', '2027-01-01T00:00:00Z');
    renderBrowse('?sort=recent', index);
    const titles = (await cards()).map((c) => within(c).getByRole('heading').textContent);
    expect(titles).toEqual(['Nextcloud', 'Bitcoin Core', 'Hello World']);
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('recent');
  });

  it('says when the registry has no packages', async () => {
    renderBrowse('', { categories: {}, packages: {} });
    expect(await screen.findByRole('heading', { name: 'No packages yet' })).toBeTruthy();
  });

  it('marks the card whose id the search names exactly, and ranks it first', async () => {
    renderBrowse('?q=svc-0077', servicesIndex(120));
    await screen.findByText(/matching “svc-0077”$/, {}, slow);
    const [first, second] = await cards();
    const link = within(first!).getByRole('link');
    expect(within(link).getByRole('heading').textContent).toBe('Service 77');
    expect(link.textContent).toContain('Exact match');
    expect(within(second!).getByRole('link').textContent).not.toContain('Exact match');
  });

  it('sorts by relevance while a query is present and restores the list order after', async () => {
    const router = renderBrowse('?sort=recent', servicesIndex(12));
    const sort = () => (screen.getByLabelText('Sort by') as HTMLSelectElement).value;
    expect(sort()).toBe('recent');
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'Service 1' } });
    expect(await screen.findByText('3 packages matching “Service 1”', {}, slow)).toBeTruthy();
    expect(sort()).toBe('relevance');
    expect(screen.getByRole('option', { name: 'Relevance' })).toBeTruthy();
    const titles = (await cards()).map((c) => within(c).getByRole('heading').textContent);
    expect(titles).toEqual(['Service 1', 'Service 10', 'Service 11']);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
    expect(await screen.findByText('12 packages')).toBeTruthy();
    expect(sort()).toBe('recent');
    expect(router.state.location.search).toBe('?sort=recent');
  });

  it('writes the typed query to the URL', async () => {
    const router = renderBrowse('', servicesIndex(20));
    await cards();
    const box = screen.getByLabelText('Search');
    await userEvent.setup({ delay: null }).type(box, 'svc-0007');
    expect((box as HTMLInputElement).value).toBe('svc-0007');
    expect(await screen.findByText(/packages matching “svc-0007”$/, {}, slow)).toBeTruthy();
    expect(router.state.location.search).toBe('?q=svc-0007');
  });

  it('searches the descriptions in the reader’s language', async () => {
    // The reader's language is the console's language choice (i18n), not navigator.language.
    await setLocale('de_DE');
    onTestFinished(() => setLocale('en_US'));
    renderBrowse('?q=vollknoten', bilingualIndex());
    expect(await screen.findByText('1 Paket passend zu „vollknoten“', {}, slow)).toBeTruthy();
    expect(within((await cards('Pakete'))[0]!).getByRole('link').textContent).toContain('Ein Vollknoten');
  });

  it('follows a language switch: cards and search speak the new language', async () => {
    onTestFinished(() => setLocale('en_US'));
    renderBrowse('', bilingualIndex());
    const first = async (list?: string) => within((await cards(list))[0]!).getByRole('link').textContent;
    expect(await first()).toContain('A full node');
    await act(() => setLocale('de_DE'));
    expect(await first('Pakete')).toContain('Ein Vollknoten');
    const published = within((await cards('Pakete'))[0]!).getByText(/^Veröffentlicht am/);
    const time = published.querySelector('time');
    expect(time?.textContent).toBe(new Date(time?.dateTime ?? '').toLocaleDateString('de-DE'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pakete');
    fireEvent.change(screen.getByLabelText('Suchen'), { target: { value: 'vollknoten' } });
    expect(await screen.findByText('1 Paket passend zu „vollknoten“', {}, slow)).toBeTruthy();
  });

  it('shows a preview’s cards while the index is still checked, with progress instead of the count', async () => {
    renderBrowse('', exampleIndex(), false);
    expect(await cards()).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('Still loading: 2 packages checked so far…');
    expect(screen.getByRole('list', { name: 'Packages' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByTestId('result-count')).toBeNull();
  });

  it('withdraws a preview’s cards when the index then fails its check', async () => {
    const { qc } = renderBrowse('', exampleIndex(), false);
    expect(await cards()).toHaveLength(2);
    const query = qc.getQueryCache().find({ queryKey: packageDigestOptions(anonymousScope(REGISTRY)).queryKey })!;
    const error = new CoreError('RPC_BAD_RESPONSE', 'package.index: bad answer: packages.x.versions: missing', { method: 'package.index' });
    act(() => query.setState({ status: 'error', error, fetchStatus: 'idle' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Packages' })).toBeNull();
  });
});
