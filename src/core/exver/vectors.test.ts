/**
 * Checks every committed vector (vectors/SOURCE.md): the spec/s9pk-format.md §8.6 table with the
 * Rust column as expected result, plus the extra edge cases read from the Rust crate.
 */
import { describe, expect, it } from 'vitest';
import specComparisons from './vectors/spec-comparisons.json' with { type: 'json' };
import specParsing from './vectors/spec-parsing.json' with { type: 'json' };
import specSatisfaction from './vectors/spec-satisfaction.json' with { type: 'json' };
import extraComparisons from './vectors/extra-comparisons.json' with { type: 'json' };
import extraParsing from './vectors/extra-parsing.json' with { type: 'json' };
import extraRanges from './vectors/extra-ranges.json' with { type: 'json' };
import extraSatisfaction from './vectors/extra-satisfaction.json' with { type: 'json' };
import { isCoreError } from '../errors.ts';
import { compareExtendedVersion, sortKeyCompare } from './compare.ts';
import { parseExtendedVersion, printExtendedVersion } from './extended-version.ts';
import { parseRange, type RangeParseMode } from './parse-range.ts';
import { printRange } from './print-range.ts';
import { satisfies, satisfiesVersion } from './satisfies.ts';
import { parseVersion, printVersion } from './version.ts';

interface ComparisonRow {
  a: string;
  b: string;
  expected: string;
  sortKey: number;
}
interface ParsingRow {
  kind?: string;
  input: string;
  ok: boolean;
  flavor?: string | null;
  printed?: string;
}
interface SatisfactionRow {
  version: string;
  range: string;
  expected: boolean;
  plain?: boolean;
}
interface RangeRow {
  range: string;
  lenient: string | null;
  strict: string | null;
}

const ORDER_NAME = { '-1': 'less', '0': 'equal', '1': 'greater', null: 'incomparable' } as const;

function syntaxErrorOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isCoreError(e, 'EXVER_SYNTAX') ? 'EXVER_SYNTAX' : 'untyped';
  }
  return undefined;
}

function checkComparison(row: ComparisonRow): void {
  const a = parseExtendedVersion(row.a);
  const b = parseExtendedVersion(row.b);
  const c = compareExtendedVersion(a, b);
  expect(ORDER_NAME[`${c}`]).toBe(row.expected);
  const back = compareExtendedVersion(b, a);
  expect(back === null ? null : -back || 0).toBe(c);
  expect(sortKeyCompare(a, b)).toBe(row.sortKey);
  expect(sortKeyCompare(b, a)).toBe(-row.sortKey || 0);
}

function checkParsing(row: ParsingRow): void {
  if (row.kind === 'plain') {
    if (!row.ok) {
      expect(syntaxErrorOf(() => parseVersion(row.input))).toBe('EXVER_SYNTAX');
      return;
    }
    expect(printVersion(parseVersion(row.input))).toBe(row.printed);
    return;
  }
  if (!row.ok) {
    expect(syntaxErrorOf(() => parseExtendedVersion(row.input))).toBe('EXVER_SYNTAX');
    return;
  }
  const v = parseExtendedVersion(row.input);
  expect(v.flavor).toBe(row.flavor);
  expect(printExtendedVersion(v)).toBe(row.printed);
}

function checkSatisfaction(row: SatisfactionRow): void {
  const range = parseRange(row.range);
  const got = row.plain
    ? satisfiesVersion(parseVersion(row.version), range)
    : satisfies(parseExtendedVersion(row.version), range);
  expect(got).toBe(row.expected);
}

function checkRange(row: RangeRow, mode: RangeParseMode): void {
  const expected = mode === 'strict' ? row.strict : row.lenient;
  if (expected === null) {
    expect(syntaxErrorOf(() => parseRange(row.range, mode))).toBe('EXVER_SYNTAX');
    return;
  }
  const printed = printRange(parseRange(row.range, mode));
  expect(printed).toBe(expected);
  // Rust's printed form is a fixed point of parse ∘ print.
  expect(printRange(parseRange(printed, 'strict'))).toBe(printed);
}

const label = (row: object): string => JSON.stringify(row);

describe('spec §8.6 comparisons (Rust column)', () => {
  it.each((specComparisons as ComparisonRow[]).map((r) => [label(r), r] as const))('%s', (_, r) =>
    checkComparison(r),
  );
});

describe('spec §8.6 parsing (Rust column)', () => {
  it.each((specParsing as ParsingRow[]).map((r) => [label(r), r] as const))('%s', (_, r) =>
    checkParsing(r),
  );
});

describe('spec §8.6 satisfaction (Rust column)', () => {
  it.each((specSatisfaction as SatisfactionRow[]).map((r) => [label(r), r] as const))(
    '%s',
    (_, r) => checkSatisfaction(r),
  );
});

describe('extra comparisons', () => {
  it.each((extraComparisons as ComparisonRow[]).map((r) => [label(r), r] as const))('%s', (_, r) =>
    checkComparison(r),
  );
});

describe('extra parsing', () => {
  it.each((extraParsing as ParsingRow[]).map((r) => [label(r), r] as const))('%s', (_, r) =>
    checkParsing(r),
  );
});

describe('extra ranges: parse and print', () => {
  it.each((extraRanges as RangeRow[]).map((r) => [label(r), r] as const))('%s', (_, r) => {
    checkRange(r, 'lenient');
    checkRange(r, 'strict');
  });
});

describe('extra satisfaction', () => {
  it.each((extraSatisfaction as SatisfactionRow[]).map((r) => [label(r), r] as const))(
    '%s',
    (_, r) => checkSatisfaction(r),
  );
});
