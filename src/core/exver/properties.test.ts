/**
 * fast-check properties of exver (style.md §2.7, spec/s9pk-format.md §8): total orders, the
 * negation law, and print/parse round trips for versions and ranges.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCoreError } from '../errors.ts';
import { compareExtendedVersion, compareVersion, sortKeyCompare } from './compare.ts';
import {
  parseExtendedVersion,
  printExtendedVersion,
  type ExtendedVersion,
} from './extended-version.ts';
import { parseRange } from './parse-range.ts';
import { printRange } from './print-range.ts';
import {
  rangeAnchor,
  rangeAnd,
  rangeCaret,
  rangeFlavor,
  rangeNot,
  rangeOr,
  rangeTilde,
  RANGE_ANY,
  RANGE_NONE,
  type RangeOp,
  type VersionRange,
} from './range.ts';
import { satisfies } from './satisfies.ts';
import { U64_MAX, type PrereleaseSegment, type Version } from './version.ts';

const RUNS = { numRuns: 300 };

// Small values make collisions (equal versions, shared prefixes) likely; big ones check bigint.
const num = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 0n, max: 3n }) },
  { weight: 1, arbitrary: fc.constantFrom(U64_MAX, U64_MAX - 1n, 1n << 53n, (1n << 53n) + 1n) },
);
const alnum = fc.stringMatching(/^[0-9A-Za-z-]{1,6}$/).filter((s) => !/^[0-9]+$/.test(s));
const segment: fc.Arbitrary<PrereleaseSegment> = fc.oneof(
  num,
  fc.constantFrom('a', 'b', 'rc'),
  alnum,
);
const version: fc.Arbitrary<Version> = fc.record({
  number: fc.array(num, { minLength: 1, maxLength: 4 }),
  prerelease: fc.oneof(
    { weight: 2, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }) },
  ),
});
const flavor = fc.constantFrom(null, 'knots', 'core');
const extended: fc.Arbitrary<ExtendedVersion> = fc.record({
  flavor,
  upstream: version,
  downstream: version,
});
const sameFlavor = (f: string | null): fc.Arbitrary<ExtendedVersion> =>
  fc.record({ flavor: fc.constant(f), upstream: version, downstream: version });
const op = fc.constantFrom<RangeOp>('=', '!=', '>', '>=', '<', '<=');

// Random trees through the smart constructors, the trees parseRange can produce.
const { range } = fc.letrec<{ range: VersionRange }>((tie) => ({
  range: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(RANGE_ANY),
    fc.constant(RANGE_NONE),
    flavor.map(rangeFlavor),
    fc.tuple(op, extended).map(([o, v]) => rangeAnchor(o, v)),
    extended.map(rangeCaret),
    extended.map(rangeTilde),
    tie('range').map(rangeNot),
    fc.tuple(tie('range'), tie('range')).map(([a, b]) => rangeAnd(a, b)),
    fc.tuple(tie('range'), tie('range')).map(([a, b]) => rangeOr(a, b)),
  ),
}));

/** Checks the laws of a total order on three values: reflexive, antisymmetric, transitive. */
function expectTotalOrder<T>(compare: (x: T, y: T) => number, a: T, b: T, c: T): void {
  expect(compare(a, a)).toBe(0);
  expect(compare(b, a)).toBe(-compare(a, b) || 0);
  if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
}

describe('ordering', () => {
  it('compareVersion is a total order', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) =>
        expectTotalOrder(compareVersion, a, b, c),
      ),
      RUNS,
    );
  });
  it('compareExtendedVersion is a total order within a flavor, null across flavors', () => {
    fc.assert(
      fc.property(
        flavor.chain((f) => fc.tuple(sameFlavor(f), sameFlavor(f), sameFlavor(f))),
        ([a, b, c]) => {
          for (const [x, y] of [
            [a, b],
            [b, c],
            [a, c],
          ] as const) {
            expect(compareExtendedVersion(x, y)).not.toBeNull();
          }
          expectTotalOrder((x, y) => compareExtendedVersion(x, y) ?? 0, a, b, c);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(extended, extended, (a, b) => {
        expect(compareExtendedVersion(a, b) === null).toBe(a.flavor !== b.flavor);
      }),
      RUNS,
    );
  });
  it('sortKeyCompare is a total order on all extended versions', () => {
    fc.assert(
      fc.property(extended, extended, extended, (a, b, c) => {
        expectTotalOrder(sortKeyCompare, a, b, c);
        if (sortKeyCompare(a, b) === 0) expect(compareExtendedVersion(a, b)).toBe(0);
      }),
      RUNS,
    );
  });
});

describe('round trips', () => {
  it('parseExtendedVersion(printExtendedVersion(x)) equals x', () => {
    fc.assert(
      fc.property(extended, (v) => {
        expect(parseExtendedVersion(printExtendedVersion(v))).toEqual(v);
      }),
      RUNS,
    );
  });
  it('printed ranges reparse (strictly) with the same meaning and the same printed form', () => {
    fc.assert(
      fc.property(range, fc.array(extended, { minLength: 4, maxLength: 4 }), (r, vs) => {
        const printed = printRange(r);
        const back = parseRange(printed, 'strict');
        expect(printRange(back)).toBe(printed);
        for (const v of vs) expect(satisfies(v, back)).toBe(satisfies(v, r));
      }),
      RUNS,
    );
  });
});

describe('negation', () => {
  it('satisfies(v, r) === !satisfies(v, not r)', () => {
    fc.assert(
      fc.property(range, extended, (r, v) => {
        expect(satisfies(v, rangeNot(r))).toBe(!satisfies(v, r));
        expect(satisfies(v, { type: 'not', range: r })).toBe(!satisfies(v, r));
      }),
      RUNS,
    );
  });
  it('and/or agree with the boolean operators', () => {
    fc.assert(
      fc.property(range, range, extended, (a, b, v) => {
        expect(satisfies(v, rangeAnd(a, b))).toBe(satisfies(v, a) && satisfies(v, b));
        expect(satisfies(v, rangeOr(a, b))).toBe(satisfies(v, a) || satisfies(v, b));
      }),
      RUNS,
    );
  });
});

// Strings over the range alphabet, biased towards tokens so that many of them parse.
const rangeText = fc
  .array(
    fc.constantFrom(
      ...['1', '0', '2.3', '01', '.', '-', 'rc', ':', '#', 'knots', '#knots:', ' ', ' ', '(', ')'],
      ...['!', '*', '=', '!=', '>=', '<', '^', '~', '&&', '||', '|', '+', '\t', 'X'],
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

function tryParse(s: string, mode: 'lenient' | 'strict'): VersionRange | 'error' {
  try {
    return parseRange(s, mode);
  } catch (e) {
    if (isCoreError(e, 'EXVER_SYNTAX')) return 'error';
    throw e;
  }
}

describe('parsing arbitrary text', () => {
  it('returns a range or throws EXVER_SYNTAX; strict accepts a subset of lenient', () => {
    fc.assert(
      fc.property(rangeText, (s) => {
        const lenient = tryParse(s, 'lenient');
        const strict = tryParse(s, 'strict');
        if (strict !== 'error') expect(strict).toEqual(lenient);
        if (lenient !== 'error') {
          const printed = printRange(lenient);
          expect(printRange(parseRange(printed, 'strict'))).toBe(printed);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('rejects absurd nesting with a typed error instead of overflowing the stack', () => {
    expect(tryParse('('.repeat(5000) + '1' + ')'.repeat(5000), 'lenient')).toBe('error');
    expect(tryParse('!'.repeat(5000) + '1', 'lenient')).toBe('error');
    expect(tryParse('('.repeat(100) + '1' + ')'.repeat(100), 'strict')).not.toBe('error');
  });
});
