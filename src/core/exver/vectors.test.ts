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
import { codeOf } from '../testing/code-of.ts';
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
      expect(codeOf(() => parseVersion(row.input))).toBe('EXVER_SYNTAX');
      return;
    }
    expect(printVersion(parseVersion(row.input))).toBe(row.printed);
    return;
  }
  if (!row.ok) {
    expect(codeOf(() => parseExtendedVersion(row.input))).toBe('EXVER_SYNTAX');
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
    expect(codeOf(() => parseRange(row.range, mode))).toBe('EXVER_SYNTAX');
    return;
  }
  const printed = printRange(parseRange(row.range, mode));
  expect(printed).toBe(expected);
  // Rust's printed form is a fixed point of parse ∘ print.
  expect(printRange(parseRange(printed, 'strict'))).toBe(printed);
}

/** One test per row, titled by the row's JSON. */
function describeRows<T extends object>(title: string, rows: T[], check: (row: T) => void): void {
  describe(title, () => {
    it.each(rows.map((r) => [JSON.stringify(r), r] as const))('%s', (_, r) => check(r));
  });
}

describeRows(
  'spec §8.6 comparisons (Rust column)',
  specComparisons as ComparisonRow[],
  checkComparison,
);
describeRows('spec §8.6 parsing (Rust column)', specParsing as ParsingRow[], checkParsing);
describeRows(
  'spec §8.6 satisfaction (Rust column)',
  specSatisfaction as SatisfactionRow[],
  checkSatisfaction,
);
describeRows('extra comparisons', extraComparisons as ComparisonRow[], checkComparison);
describeRows('extra parsing', extraParsing as ParsingRow[], checkParsing);
describeRows('extra ranges: parse and print', extraRanges as RangeRow[], (r) => {
  checkRange(r, 'lenient');
  checkRange(r, 'strict');
});
describeRows('extra satisfaction', extraSatisfaction as SatisfactionRow[], checkSatisfaction);
