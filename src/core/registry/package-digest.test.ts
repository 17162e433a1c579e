/**
 * Tests for package-digest.ts: the digest of the spec §5.5 example index and edge cases
 * (no versions, flavors, unparsable keys, 9-digit fractions).
 */
import { describe, expect, it } from 'vitest';
import { digestIndex, digestPackage, newestVersion, parseTimestamp } from './package-digest.ts';
import { exampleIndex } from '../testing/example-index.ts';

describe('digestIndex', () => {
  it('digests the example index, with its categories', () => {
    const index = exampleIndex();
    const { packages, categories } = digestIndex(index);
    expect(categories).toEqual(index.categories);
    const [bitcoind, hello] = packages;
    expect(bitcoind).toMatchObject({
      id: 'bitcoind',
      title: 'Bitcoin Core',
      description: 'A full Bitcoin node',
      version: '28.1:0',
      versionCount: 1,
      categories: ['bitcoin'],
      // max publishedAt over both variants
      lastPublished: '2026-06-01T12:05:10.500Z',
      lastPublishedMs: Date.UTC(2026, 5, 1, 12, 5, 10, 500),
    });
    expect(bitcoind!.icon).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(hello).toMatchObject({
      id: 'hello-world',
      title: 'Hello World',
      lastPublished: '2026-05-20T08:30:00Z',
      categories: ['featured'],
    });
  });

  it('keeps the short description in every language', () => {
    const index = exampleIndex();
    const short = { en_US: 'A full node', de_DE: 'Ein Vollknoten' };
    index.packages['bitcoind']!.versions['28.1:0']!.description.short = short;
    expect(digestIndex(index).packages[0]!.description).toEqual(short);
  });

  it('keeps a package without versions, titled by its id', () => {
    const s = digestPackage('empty', { authorized: {}, versions: {}, categories: [] });
    expect(s).toMatchObject({
      id: 'empty',
      title: 'empty',
      icon: null,
      version: null,
      versionCount: 0,
      lastPublished: null,
      description: '',
    });
  });

  it('sorts packages by id', () => {
    const index = exampleIndex();
    index.packages['aaa'] = { authorized: {}, versions: {}, categories: [] };
    expect(digestIndex(index).packages.map((s) => s.id)).toEqual([
      'aaa',
      'bitcoind',
      'hello-world',
    ]);
  });
});

describe('newestVersion', () => {
  it('uses exver order, not string order', () => {
    expect(newestVersion(['9.0:0', '10.0:0', '10.0-rc.1:0', '1.0:5'])).toBe('10.0:0');
    expect(newestVersion(['1.0:0', '1.0:1'])).toBe('1.0:1');
  });
  it('prefers the unflavored lineage and ranks unparsable keys lowest', () => {
    expect(newestVersion(['#knots:29.0:0', '28.1:0'])).toBe('28.1:0');
    expect(newestVersion(['not a version', '0.1:0'])).toBe('0.1:0');
    expect(newestVersion(['not a version'])).toBe('not a version');
    expect(newestVersion([])).toBeNull();
  });
});

describe('parseTimestamp', () => {
  it('accepts 0 to 9 fractional digits', () => {
    expect(parseTimestamp('2026-06-01T12:00:00Z')).toBe(Date.UTC(2026, 5, 1, 12));
    expect(parseTimestamp('2026-06-01T12:00:00.123456789Z')).toBe(
      Date.UTC(2026, 5, 1, 12, 0, 0, 123),
    );
    expect(parseTimestamp('yesterday')).toBeNull();
  });
});
