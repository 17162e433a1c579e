/**
 * @module
 * Parses a version-range string into a `VersionRange` with the Rust semantics
 * (spec/s9pk-format.md §8.1, §8.3): no precedence, juxtaposition repeats the last combinator.
 */
import { CoreError } from '../errors.ts';
import { parseVersionSpec } from './extended-version.ts';
import { scanRange, type CstAtom, type CstRange } from './range-grammar.ts';
import {
  RANGE_ANY,
  RANGE_NONE,
  rangeAnchor,
  rangeAnd,
  rangeCaret,
  rangeFlavor,
  rangeNot,
  rangeOr,
  rangeTilde,
  type VersionRange,
} from './range.ts';

/**
 * `'lenient'` accepts exactly what the registry (Rust) accepts, including its quirks: text after
 * the longest parseable prefix is ignored, and a number with a leading zero splits into two
 * juxtaposed anchors (`01.2` is `^0 ^1.2`). `'strict'` accepts a subset of that: it also rejects
 * unparsed trailing text and an anchor immediately followed by a digit. Use strict for forms.
 */
export type RangeParseMode = 'lenient' | 'strict';

function syntaxError(input: string, offset: number, reason: string): never {
  throw new CoreError('EXVER_SYNTAX', `invalid version range ${JSON.stringify(input)}: ${reason}`, {
    input,
    offset,
  });
}

function convertAtom(atom: CstAtom, input: string, strict: boolean): VersionRange {
  switch (atom.k) {
    case 'group':
      return convertRange(atom.range, input, strict);
    case 'not':
      return rangeNot(convertAtom(atom.atom, input, strict));
    case 'any':
      return RANGE_ANY;
    case 'none':
      return RANGE_NONE;
    case 'flavor':
      return rangeFlavor(atom.name);
    case 'anchor': {
      const after = atom.at + atom.spec.length;
      if (strict && /[0-9]/.test(input[after] ?? '')) {
        syntaxError(input, after, 'number with a leading zero (Rust splits it into two anchors)');
      }
      const v = parseVersionSpec(atom.spec, input, atom.at);
      switch (atom.op) {
        case null:
        case '^':
          return rangeCaret(v);
        case '~':
          return rangeTilde(v);
        default:
          return rangeAnchor(atom.op, v);
      }
    }
  }
}

// Folds strictly left to right. A missing combinator repeats the last one written in this
// (parenthesised) range, defaulting to `&&` (Rust `parse_version_range`).
function convertRange(cst: CstRange, input: string, strict: boolean): VersionRange {
  let acc: VersionRange | null = null;
  let last: 'and' | 'or' = 'and';
  for (const { combinator, atom } of cst.items) {
    const value = convertAtom(atom, input, strict);
    if (acc === null) {
      acc = value;
      continue;
    }
    if (combinator !== null) last = combinator;
    acc = last === 'or' ? rangeOr(acc, value) : rangeAnd(acc, value);
  }
  // The grammar guarantees at least one item.
  return acc ?? RANGE_NONE;
}

/**
 * Parses a version range such as `>=1.0:0 <2.0:0`, `^1.2.3`, `#knots || >=27.0`, `!(=1.0)`.
 * Versions in a range may omit the downstream (defaults to `0`). `^`/`~` and bare versions are
 * expanded into `>=`/`<` anchor pairs; negations and `*`/`!` are folded as the registry does.
 * @throws CoreError `EXVER_SYNTAX` with `{ input, offset }` when no atom parses at the start, when
 *   a version in a parsed atom is invalid (number ≥ 2^64, numeric prerelease with leading zero),
 *   in strict mode when text is left over, and when atoms nest deeper than 256 levels.
 */
export function parseRange(s: string, mode: RangeParseMode = 'lenient'): VersionRange {
  const scanned = scanRange(s);
  if (scanned === null) syntaxError(s, 0, 'expected a range atom');
  const strict = mode === 'strict';
  const range = convertRange(scanned.cst, s, strict);
  if (strict) {
    let end = scanned.end;
    while (s[end] === ' ') end++;
    if (end < s.length) syntaxError(s, end, 'unexpected text');
  }
  return range;
}
