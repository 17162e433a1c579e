/**
 * Tests for browse-query.ts: URL state, sorting and the result text.
 */
import { describe, expect, it } from 'vitest';
import {
  browseQueryToParams,
  describeResults,
  parseBrowseQuery,
  sortSummaries,
} from './browse-query.ts';
import { summarizeIndex } from './summaries.ts';
import { bigIndex } from '../testing/search-fixtures.ts';

const summaries = summarizeIndex(bigIndex(), 'en-US');
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

describe('sortSummaries', () => {
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
