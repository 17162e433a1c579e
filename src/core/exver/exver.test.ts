/**
 * Unit tests for the exver API beyond the vectors: error details, constructors, sorting, the
 * plain-version path and the printer's guard for hand-built trees (spec/s9pk-format.md §8).
 */
import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.ts';
import {
  compareVersion,
  extendedVersionFromVersion,
  parseExtendedVersion,
  parseRange,
  parseVersion,
  printExtendedVersion,
  printRange,
  RANGE_ANY,
  RANGE_NONE,
  rangeAnchor,
  rangeAnd,
  rangeCaret,
  rangeFlavor,
  rangeNot,
  rangeOr,
  rangeTilde,
  satisfies,
  satisfiesString,
  satisfiesVersion,
  sortKeyCompare,
  U64_MAX,
  type VersionRange,
} from './index.ts';

function errorOf(f: () => unknown): CoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
}

describe('errors', () => {
  it('report code, input and offset', () => {
    const e = errorOf(() => parseExtendedVersion('1.2.x:0'));
    expect(e.code).toBe('EXVER_SYNTAX');
    expect(e.detail).toEqual({ input: '1.2.x:0', offset: 4 });
    expect(errorOf(() => parseExtendedVersion('#k:1.0:0-rc.01')).detail.offset).toBe(12);
    expect(errorOf(() => parseExtendedVersion('1.0')).detail.offset).toBe(3);
    expect(errorOf(() => parseExtendedVersion('#K:1:0')).detail.offset).toBe(1);
  });
  it('point at the bad version inside a range', () => {
    expect(errorOf(() => parseRange('>=1 <1.0-01')).detail).toEqual({
      input: '>=1 <1.0-01',
      offset: 9,
    });
    expect(errorOf(() => parseRange('>=1 garbage', 'strict')).detail.offset).toBe(4);
    expect(errorOf(() => parseRange('01.2', 'strict')).detail.offset).toBe(1);
    expect(errorOf(() => parseRange(' *')).detail.offset).toBe(0);
  });
  it('satisfiesString throws on either bad input', () => {
    expect(errorOf(() => satisfiesString('1.0', '*')).code).toBe('EXVER_SYNTAX');
    expect(errorOf(() => satisfiesString('1.0:0', '')).code).toBe('EXVER_SYNTAX');
    expect(satisfiesString('1.5:0', '>=1.0 <2.0')).toBe(true);
  });
});

describe('values', () => {
  it('keep numbers up to 2^64-1 exactly', () => {
    const v = parseVersion('18446744073709551615.9007199254740993');
    expect(v.number).toEqual([U64_MAX, 9007199254740993n]);
    expect(v.prerelease).toEqual([]);
  });
  it('separate numeric and alphanumeric prerelease identifiers', () => {
    expect(parseVersion('1.0.0-rc.1.x-2.007a').prerelease).toEqual(['rc', 1n, 'x-2', '007a']);
  });
  it('tests a plain version as v:0 without flavor', () => {
    const os = parseVersion('0.4.0-beta.10');
    expect(printExtendedVersion(extendedVersionFromVersion(os))).toBe('0.4.0-beta.10:0');
    expect(satisfiesVersion(os, parseRange('>=0.4.0-beta.9 <0.4.0'))).toBe(true);
    expect(satisfiesVersion(os, parseRange('=0.4.0-beta.10:1'))).toBe(false);
  });
  it('compareVersion ignores trailing zeros', () => {
    expect(compareVersion(parseVersion('1'), parseVersion('1.0.0.0'))).toBe(0);
    expect(compareVersion(parseVersion('1.0.0.1'), parseVersion('1'))).toBe(1);
  });
});

describe('sortKeyCompare', () => {
  it('sorts flavored before unflavored, flavors by name, then by version', () => {
    const input = ['2.0:0', '#knots:27.0:0', '1.0:0', '#core:30:0', '#knots:26.1:5', '1.0.0:1'];
    const sorted = input.map(parseExtendedVersion).sort(sortKeyCompare).map(printExtendedVersion);
    expect(sorted).toEqual([
      '#core:30:0',
      '#knots:26.1:5',
      '#knots:27.0:0',
      '1.0:0',
      '1.0.0:1',
      '2.0:0',
    ]);
  });
});

describe('constructors', () => {
  const v1 = parseExtendedVersion('1.0:0');
  const gte = rangeAnchor('>=', v1);
  it('fold identities and annihilators like Rust', () => {
    expect(rangeAnd(RANGE_ANY, gte)).toBe(gte);
    expect(rangeAnd(gte, RANGE_NONE)).toEqual(RANGE_NONE);
    expect(rangeOr(RANGE_NONE, gte)).toBe(gte);
    expect(rangeOr(gte, RANGE_ANY)).toEqual(RANGE_ANY);
    expect(rangeNot(RANGE_ANY)).toEqual(RANGE_NONE);
    expect(rangeNot(rangeNot(gte))).toBe(gte);
    expect(rangeNot(rangeAnchor('=', v1))).toEqual(rangeAnchor('!=', v1));
    expect(rangeFlavor('')).toEqual({ type: 'flavor', flavor: null });
  });
  it('expand ^ and ~', () => {
    expect(printRange(rangeCaret(parseExtendedVersion('#knots:0.2.3:4')))).toBe(
      '>=#knots:0.2.3:4 <#knots:0.3:0',
    );
    expect(printRange(rangeTilde(parseExtendedVersion('1.2.3-rc:0')))).toBe(
      '>=1.2.3-rc:0 <1.3-rc:0',
    );
  });
});

describe('printRange on hand-built trees', () => {
  const v1 = parseExtendedVersion('1.0:0');
  const gte: VersionRange = { type: 'anchor', op: '>=', version: v1 };
  it('writes a left `!` operand of and as (!) so it does not read back as a negation', () => {
    const raw: VersionRange = { type: 'and', left: RANGE_NONE, right: gte };
    expect(printRange(raw)).toBe('(!) >=1.0:0');
    expect(satisfies(v1, parseRange(printRange(raw)))).toBe(false);
  });
  it('keeps Rust output for other raw operands', () => {
    expect(printRange({ type: 'or', left: RANGE_NONE, right: gte })).toBe('! || >=1.0:0');
    expect(printRange({ type: 'not', range: RANGE_NONE })).toBe('!!');
    expect(printRange({ type: 'and', left: gte, right: RANGE_NONE })).toBe('>=1.0:0 !');
  });
});
