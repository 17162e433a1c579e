/**
 * Tests for versions.ts: exver display order (newest first), version choice and tab parsing.
 */
import { describe, expect, it } from 'vitest';
import { parseTab, pickVersion, sortVersionsDesc, versionFlavor } from './versions.ts';

describe('sortVersionsDesc', () => {
  it('orders by exver: numbers numerically, prereleases below releases, then downstream', () => {
    expect(
      sortVersionsDesc([
        '1.0.0:0',
        '10.0:0',
        '1.0.0-beta.2:0',
        '1.0.0-beta.10:0',
        '1.0.0:1',
        '2:0',
        '0.9.9:0',
      ]),
    ).toEqual([
      '10.0:0',
      '2:0',
      '1.0.0:1',
      '1.0.0:0',
      '1.0.0-beta.10:0',
      '1.0.0-beta.2:0',
      '0.9.9:0',
    ]);
  });
  it('keeps versions that compare equal but are spelled differently, as stored', () => {
    const out = sortVersionsDesc(['1.0:0', '1.0.0:0', '0.1:0']);
    expect(out.slice(0, 2).sort()).toEqual(['1.0.0:0', '1.0:0']);
    expect(out[2]).toBe('0.1:0');
  });
  it('puts the unflavored lineage first, flavors after, unparsable keys last', () => {
    expect(
      sortVersionsDesc(['#knots:28.0:0', 'junk', '27.0:0', '#knots:29.0:0', '28.1:0']),
    ).toEqual(['28.1:0', '27.0:0', '#knots:29.0:0', '#knots:28.0:0', 'junk']);
  });
  it('does not modify its input', () => {
    const input = ['1:0', '2:0'];
    sortVersionsDesc(input);
    expect(input).toEqual(['1:0', '2:0']);
  });
});

describe('pickVersion', () => {
  const sorted = ['2.0:0', '1.0:0'];
  it('takes the requested version when it exists, exactly as spelled', () => {
    expect(pickVersion(sorted, '1.0:0')).toEqual({ version: '1.0:0', missing: null });
    expect(pickVersion(sorted, '1.0.0:0')).toEqual({ version: '2.0:0', missing: '1.0.0:0' });
  });
  it('defaults to the newest', () => {
    expect(pickVersion(sorted, null)).toEqual({ version: '2.0:0', missing: null });
    expect(pickVersion([], null)).toEqual({ version: null, missing: null });
  });
});

describe('parseTab and versionFlavor', () => {
  it('parses tabs with overview as default', () => {
    expect(parseTab('versions')).toBe('versions');
    expect(parseTab('device')).toBe('device');
    expect(parseTab('nope')).toBe('overview');
    expect(parseTab(null)).toBe('overview');
  });
  it('reads flavors', () => {
    expect(versionFlavor('#knots:28.1:0')).toBe('knots');
    expect(versionFlavor('28.1:0')).toBeNull();
    expect(versionFlavor('junk')).toBeNull();
  });
});
