/**
 * Tests for search.ts: fuzzy search and category filter.
 */
import { describe, expect, it } from 'vitest';
import { browsePackages, createPackageSearch } from './search.ts';
import { summarizeIndex } from './summaries.ts';
import { bigIndex } from '../testing/search-fixtures.ts';

const summaries = summarizeIndex(bigIndex(), 'en-US');
const ids = (list: { id: string }[]) => list.map((s) => s.id);
const search = createPackageSearch(summaries);

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
  it('keeps relevance order when sorting by relevance', () => {
    expect(ids(browsePackages(search, { q: 'lightning', cat: null, sort: 'relevance' }))).toEqual(
      ids(search('lightning')),
    );
  });
});
