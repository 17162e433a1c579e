/**
 * Tests for browse-query.ts: URL state, sorting and the result text.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { setLocale, translate } from '../../../i18n/i18n.ts';
import {
  activeSort,
  browseQueryToParams,
  describeResults,
  parseBrowseQuery,
  sortSummaries,
  withSort,
} from './browse-query.ts';
import { summarizeIndex } from './summaries.ts';
import { bigIndex } from '../testing/search-fixtures.ts';

const summaries = summarizeIndex(bigIndex(), 'en-US');
const ids = (list: { id: string }[]) => list.map((s) => s.id);

const params = (s: string) => parseBrowseQuery(new URLSearchParams(s));

describe('browse query in the URL', () => {
  it('parses with defaults: name without a query, relevance with one', () => {
    expect(params('')).toEqual({ q: '', cat: null, sort: 'name', searchSort: 'relevance' });
    const bit = params('q=bit&sort=recent');
    expect(bit).toEqual({ q: 'bit', cat: null, sort: 'recent', searchSort: 'relevance' });
    expect(activeSort(bit)).toBe('relevance');
    expect(activeSort(params('cat=bitcoin&sort=recent'))).toBe('recent');
    expect(activeSort(params('q=bit&qsort=name'))).toBe('name');
  });
  it('ignores unknown sorts, relevance as a list order and a search order without a query', () => {
    expect(params('sort=size').sort).toBe('name');
    expect(params('sort=relevance').sort).toBe('name');
    expect(activeSort(params('qsort=recent'))).toBe('name');
    expect(params('q=x&qsort=size').searchSort).toBe('relevance');
  });
  it('writes only what differs from the defaults, and round-trips', () => {
    const base = { q: '', cat: null, sort: 'name', searchSort: 'relevance' } as const;
    expect(browseQueryToParams(base).toString()).toBe('');
    expect(browseQueryToParams({ ...base, q: 'bit' }).toString()).toBe('q=bit');
    const q = { q: 'node', cat: 'bitcoin', sort: 'recent', searchSort: 'name' } as const;
    expect(browseQueryToParams(q).toString()).toBe('q=node&cat=bitcoin&sort=recent&qsort=name');
    expect(parseBrowseQuery(browseQueryToParams(q))).toEqual(q);
  });
});

describe('relevance while searching', () => {
  it('is the order once a query is typed, and the list order returns when it is cleared', () => {
    const recent = params('sort=recent');
    const typed = { ...recent, q: 'svc' };
    expect(activeSort(typed)).toBe('relevance');
    const cleared = parseBrowseQuery(browseQueryToParams({ ...typed, q: '' }));
    expect(activeSort(cleared)).toBe('recent');
  });
  it('keeps an order picked while searching only for that search', () => {
    const picked = withSort(params('q=svc&sort=recent'), 'name');
    expect(activeSort(picked)).toBe('name');
    expect(picked.sort).toBe('recent');
    const next = parseBrowseQuery(browseQueryToParams({ ...picked, q: '' }));
    expect(activeSort({ ...next, q: 'other' })).toBe('relevance');
  });
  it('changes the list order when no query is present, and never to relevance', () => {
    expect(withSort(params(''), 'recent').sort).toBe('recent');
    expect(withSort(params('sort=recent'), 'relevance').sort).toBe('recent');
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

  it('sorts names in the reader’s language', () => {
    const titled = ['Łódź', 'Lz', 'La'].map((title, i) => ({ ...summaries[0]!, id: `p${i}`, title }));
    const titles = (language: string) => sortSummaries(titled, 'name', language).map((s) => s.title);
    expect(titles('pl_PL')).toEqual(['La', 'Lz', 'Łódź']);
    expect(titles('en_US')).toEqual(['La', 'Łódź', 'Lz']);
  });
});

describe('describeResults', () => {
  it('says how many and under which filters', () => {
    expect(describeResults(translate, 1, { q: '', cat: null }, null)).toBe('1 package');
    expect(describeResults(translate, 3, { q: ' bit ', cat: 'bitcoin' }, 'Bitcoin')).toBe(
      '3 packages matching “bit” in Bitcoin',
    );
    expect(describeResults(translate, 0, { q: 'x', cat: null }, null)).toBe('No packages matching “x”');
    expect(describeResults(translate, 2, { q: ' ', cat: 'gone' }, null)).toBe('2 packages in gone');
  });

  it('uses the plural forms and number format of the active language', async () => {
    onTestFinished(() => setLocale('en_US'));
    await setLocale('pl_PL');
    const pl = (n: number) => describeResults(translate, n, { q: 'bit', cat: null }, null);
    expect([pl(1), pl(3), pl(5), pl(22)]).toEqual([
      '1 pakiet dla zapytania „bit”',
      '3 pakiety dla zapytania „bit”',
      '5 pakietów dla zapytania „bit”',
      '22 pakiety dla zapytania „bit”',
    ]);
    await setLocale('de_DE');
    expect(describeResults(translate, 1234, { q: '', cat: 'x' }, 'Bitcoin')).toBe(
      '1.234 Pakete in der Kategorie Bitcoin',
    );
  });
});
