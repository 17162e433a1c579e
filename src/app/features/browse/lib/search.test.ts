/**
 * Tests for search.ts: URL state, fuzzy search, category filter, sorting and the result text.
 */
import { describe, expect, it } from 'vitest';
import {
  browsePackages,
  browseQueryToParams,
  categoryOptions,
  createPackageSearch,
  describeResults,
  parseBrowseQuery,
  sortSummaries,
} from './search.ts';
import { summarizeIndex } from './summaries.ts';
import { exampleIndex, fakePackage } from '../testing/fixtures.ts';

function bigIndex() {
  const index = exampleIndex();
  index.packages['lnd'] = fakePackage(
    'Lightning Network Daemon',
    'Lightning node by Lightning Labs',
    '2026-07-01T00:00:00Z',
    ['bitcoin'],
  );
  index.packages['nextcloud'] = fakePackage(
    'Nextcloud',
    'Files, calendar and contacts',
    '2026-01-01T00:00:00Z',
    ['featured', 'gone'],
  );
  index.packages['zeta'] = { authorized: {}, versions: {}, categories: [] };
  return index;
}
const summaries = summarizeIndex(bigIndex(), 'en-US');
const search = createPackageSearch(summaries);
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('browse query in the URL', () => {
  it('parses with defaults', () => {
    expect(parseBrowseQuery(new URLSearchParams(''))).toEqual({ q: '', cat: null, sort: 'name' });
    expect(parseBrowseQuery(new URLSearchParams('q=bit'))).toEqual({
      q: 'bit',
      cat: null,
      sort: 'relevance',
    });
    expect(parseBrowseQuery(new URLSearchParams('cat=bitcoin&sort=recent'))).toEqual({
      q: '',
      cat: 'bitcoin',
      sort: 'recent',
    });
  });
  it('ignores unknown sorts and relevance without a query', () => {
    expect(parseBrowseQuery(new URLSearchParams('sort=size')).sort).toBe('name');
    expect(parseBrowseQuery(new URLSearchParams('sort=relevance')).sort).toBe('name');
  });
  it('writes only what differs from the defaults, and round-trips', () => {
    expect(browseQueryToParams({ q: '', cat: null, sort: 'name' }).toString()).toBe('');
    expect(browseQueryToParams({ q: 'bit', cat: null, sort: 'relevance' }).toString()).toBe(
      'q=bit',
    );
    const q = { q: 'node', cat: 'bitcoin', sort: 'recent' as const };
    expect(parseBrowseQuery(browseQueryToParams(q))).toEqual(q);
  });
});

describe('search, filter, sort', () => {
  it('finds by title, id and description, tolerating typos', () => {
    expect(ids(search('bitcoin core'))[0]).toBe('bitcoind');
    expect(ids(search('bitcon'))).toContain('bitcoind');
    expect(ids(search('nextcloud'))).toEqual(['nextcloud']);
    expect(ids(search('calendar'))).toEqual(['nextcloud']);
    expect(ids(search('lnd'))[0]).toBe('lnd');
    expect(search('qqqqxxxx')).toEqual([]);
  });
  it('returns everything for an empty query', () => {
    expect(search('  ')).toHaveLength(summaries.length);
  });
  it('filters by category', () => {
    expect(ids(browsePackages(search, { q: '', cat: 'bitcoin', sort: 'name' }))).toEqual([
      'bitcoind',
      'lnd',
    ]);
    expect(
      ids(browsePackages(search, { q: 'lightning', cat: 'featured', sort: 'relevance' })),
    ).toEqual([]);
  });
  it('sorts by name (case-insensitive, numeric) or most recent first', () => {
    expect(ids(sortSummaries(summaries, 'name'))).toEqual([
      'bitcoind',
      'hello-world',
      'lnd',
      'nextcloud',
      'zeta',
    ]);
    expect(ids(sortSummaries(summaries, 'recent'))).toEqual([
      'lnd',
      'bitcoind',
      'hello-world',
      'nextcloud',
      'zeta',
    ]);
  });
  it('keeps relevance order when sorting by relevance', () => {
    expect(ids(browsePackages(search, { q: 'lightning', cat: null, sort: 'relevance' }))).toEqual(
      ids(search('lightning')),
    );
  });
});

describe('categoryOptions', () => {
  it('localizes names, counts packages and keeps dangling ids', () => {
    const opts = categoryOptions(bigIndex().categories, summaries, 'de-DE');
    expect(opts).toEqual([
      { id: 'bitcoin', name: 'Bitcoin', count: 2 },
      { id: 'featured', name: 'Empfohlen', count: 2 },
      { id: 'gone', name: 'gone', count: 1 },
    ]);
  });
});

describe('describeResults', () => {
  it('says how many and under which filters', () => {
    expect(describeResults(1, { q: '', cat: null, sort: 'name' }, null)).toBe('1 package');
    expect(describeResults(3, { q: ' bit ', cat: 'bitcoin', sort: 'name' }, 'Bitcoin')).toBe(
      '3 packages matching “bit” in Bitcoin',
    );
    expect(describeResults(0, { q: 'x', cat: null, sort: 'relevance' }, null)).toBe(
      'No packages matching “x”',
    );
  });
});
