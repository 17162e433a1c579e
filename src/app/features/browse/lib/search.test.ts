/**
 * Tests for search.ts: the ranking tiers of issue 12 (exact, prefix, whole words, fuzzy; ties
 * by title) on the 1000-service set and small hand-made sets, accents, languages, category
 * filter, and a property: an exact id is always first.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPackageSearch, type SearchDoc } from './search.ts';
import { browsePackages } from './browse-results.ts';
import { summarizeIndex } from './summaries.ts';
import { exampleIndex } from '../testing/fixtures.ts';
import { bigIndex, serviceSummaries, summaryOf } from '../testing/search-fixtures.ts';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
const matchIds = (list: readonly { id: string }[]) => list.map((m) => m.id);
const tiers = (list: readonly { id: string; tier: string }[]) =>
  list.map((m) => `${m.id}:${m.tier}`);

/** A searcher whose matches also carry the matched document's id and title. */
function searcher(docs: readonly SearchDoc[]) {
  const search = createPackageSearch(docs);
  return (q: string) =>
    search(q).map((m) => ({ ...m, id: docs[m.position]!.id, title: docs[m.position]!.title }));
}

const services = serviceSummaries(1000);
const searchServices = searcher(services);
const browse = (q: string, cat: string | null, sort: 'relevance' | 'name' | 'recent') =>
  browsePackages(services, q.trim() ? createPackageSearch(services)(q) : null, { cat, sort });

describe('the 1000-service set', () => {
  it('puts the exact id first and marks it exact', () => {
    const found = searchServices('svc-0777');
    expect(found[0]).toMatchObject({ id: 'svc-0777', tier: 'exact', exactId: true });
    expect(found.slice(1).some((m) => m.exactId)).toBe(false);
    const results = browse('svc-0777', null, 'relevance');
    expect(results.items[0]!.id).toBe('svc-0777');
    expect(results.exactId).toBe('svc-0777');
  });
  it('puts the exact title first, ignoring case, without calling it an exact id', () => {
    for (const q of ['Service 777', 'service 777', '  SERVICE   777 ']) {
      const found = searchServices(q);
      expect(found[0]).toMatchObject({ title: 'Service 777', exactId: false });
    }
  });
  it('ranks prefix matches of the title next, by title in numeric order', () => {
    expect(tiers(searchServices('Service 77').slice(0, 4))).toEqual([
      'svc-0077:exact',
      'svc-0770:prefix',
      'svc-0771:prefix',
      'svc-0772:prefix',
    ]);
  });
  it('says nothing is exact when the query names no id', () => {
    expect(browse('svc-07', null, 'relevance').exactId).toBe(null);
  });
});

describe('ranking tiers', () => {
  const set = [
    summaryOf('mash', 'Mash', 'Potatoes'),
    summaryOf('relay', 'Relay', 'A mesh relay'),
    summaryOf('beacon', 'Beacon', 'Mesh beacon'),
    summaryOf('meshtastic', 'Meshtastic', 'Radios'),
    summaryOf('mesh', 'Mesh', 'The mesh itself'),
    summaryOf('wire', 'Wire', 'Unrelated'),
  ];
  const search = searcher(set);

  it('exact beats prefix beats whole words beats fuzzy; ties by title', () => {
    expect(tiers(search('mesh'))).toEqual([
      'mesh:exact',
      'meshtastic:prefix',
      'beacon:word',
      'relay:word',
      'mash:fuzzy',
    ]);
  });
  it('needs every query word for the word tier', () => {
    expect(tiers(search('mesh relay'))[0]).toBe('relay:word');
    expect(tiers(search('mesh relay'))).not.toContain('beacon:word');
  });
  it('matches a prefix of the id as well as of the title', () => {
    const s = searcher([summaryOf('x-lnd', 'Lightning'), summaryOf('lnd', 'LND Node')]);
    expect(tiers(s('x-l'))).toEqual(['x-lnd:prefix']);
  });
});

describe('folding and languages', () => {
  const search = searcher([
    summaryOf('bistro', 'Café Bistro', 'Crème brûlée'),
    summaryOf('tea', 'Tea House', 'Not a cafe'),
  ]);
  it('ignores accents in both directions', () => {
    expect(tiers(search('cafe'))).toEqual(['bistro:prefix', 'tea:word']);
    expect(tiers(search('CAFÉ BISTRO'))).toEqual(['bistro:exact']);
    expect(tiers(search('creme brulee'))).toEqual(['bistro:word']);
  });
  it('searches the short description in the reader’s language', () => {
    const index = exampleIndex();
    index.packages['bitcoind']!.versions['28.1:0']!.description.short = {
      en_US: 'A full node',
      de_DE: 'Ein Vollknoten',
    };
    const german = searcher(summarizeIndex(index, 'de-DE'));
    const english = searcher(summarizeIndex(index, 'en-US'));
    expect(matchIds(german('vollknoten'))).toEqual(['bitcoind']);
    expect(english('vollknoten')).toEqual([]);
    expect(matchIds(english('full node'))).toEqual(['bitcoind']);
  });
});

describe('the example packages', () => {
  const summaries = summarizeIndex(bigIndex(), 'en-US');
  const search = searcher(summaries);
  const list = (q: string, cat: string | null, sort: 'relevance' | 'name' | 'recent') =>
    browsePackages(summaries, q ? createPackageSearch(summaries)(q) : null, { cat, sort });
  it('finds by title, id and description, tolerating typos', () => {
    expect(matchIds(search('bitcoin core'))[0]).toBe('bitcoind');
    expect(matchIds(search('bitcon'))).toContain('bitcoind');
    expect(matchIds(search('nextcloud'))).toEqual(['nextcloud']);
    expect(matchIds(search('calendar'))).toEqual(['nextcloud']);
    expect(matchIds(search('lnd'))[0]).toBe('lnd');
    expect(search('qqqqxxxx')).toEqual([]);
  });
  it('returns everything for an empty query, in input order', () => {
    expect(matchIds(search('  '))).toEqual(ids(summaries));
    expect(ids(list('', null, 'name').items)).toEqual(ids(summaries));
  });
  it('filters by category and sorts on request', () => {
    expect(ids(list('', 'bitcoin', 'name').items)).toEqual(['bitcoind', 'lnd']);
    expect(list('lightning', 'featured', 'relevance').items).toEqual([]);
    expect(ids(list('node', null, 'recent').items)).toEqual(['lnd', 'bitcoind']);
  });
  it('drops the exact mark when the category filter hides the package', () => {
    expect(list('lnd', 'featured', 'relevance').exactId).toBe(null);
    expect(list('lnd', 'bitcoin', 'relevance').exactId).toBe('lnd');
  });
});

describe('property: an exact id is always first', () => {
  it('for any id of the set, in any letter case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.boolean(), (i, upper) => {
        const id = services[i]!.id;
        const [first] = searchServices(upper ? id.toUpperCase() : id);
        expect(first).toMatchObject({ id, exactId: true });
      }),
      { numRuns: 200 },
    );
  });
});
