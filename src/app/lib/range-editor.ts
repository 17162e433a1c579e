/**
 * @module
 * The version-range editor model (design.md §4.5, spec/registry-api.md §3.3, §4.4): parses the
 * typed range live with the exver core, says which existing versions it covers, and computes the
 * scope the registry will store for "replace" and for "merge" (`existing || new`, printed with
 * `printRange` exactly as `package.signer.add` does). Pure; no React.
 */
import { CoreError } from '../../core/errors.ts';
import {
  parseExtendedVersion,
  parseRange,
  printRange,
  RANGE_NONE,
  rangeOr,
  satisfies,
  type ExtendedVersion,
  type VersionRange,
} from '../../core/exver/index.ts';
import { versionsNewestFirst } from './versions-newest-first.ts';
import { translate } from '../i18n/i18n.ts';

export type ScopeMode = 'replace' | 'merge';

export type ParsedRange =
  | { ok: true; range: VersionRange; printed: string }
  | { ok: false; message: string; offset: number | null };

/** Parses a range as a form should: strict (a subset of what the registry accepts, same meaning). */
export function parseRangeInput(text: string): ParsedRange {
  const input = text.trim();
  if (input === '') return { ok: false, message: translate('range.empty'), offset: 0 };
  try {
    const range = parseRange(input, 'strict');
    return { ok: true, range, printed: printRange(range) };
  } catch (e) {
    if (e instanceof CoreError && e.code === 'EXVER_SYNTAX') {
      const offset = typeof e.detail.offset === 'number' ? e.detail.offset : null;
      const reason = e.message.replace(/^invalid version(?: range)? "(?:[^"\\]|\\.)*": /, '');
      return { ok: false, message: offset === null ? translate('range.invalid', { reason }) : translate('range.invalidAt', { position: offset + 1, reason }), offset };
    }
    throw e;
  }
}

/** A stored range as the registry reads it: lenient, and corrupt text counts as `!` (none). */
export function parseStoredRange(text: string | null | undefined): VersionRange {
  if (text === null || text === undefined) return RANGE_NONE;
  try {
    return parseRange(text, 'lenient');
  } catch {
    return RANGE_NONE;
  }
}

/** The range `package.signer.add` stores: `versions` alone, or `existing || versions` on merge. */
export function resultingRange(existing: string | null, next: VersionRange, mode: ScopeMode): VersionRange {
  return mode === 'merge' ? rangeOr(parseStoredRange(existing), next) : next;
}

export interface VersionCoverage {
  version: string;
  /** Covered by the scope as it is now. */
  before: boolean;
  /** Covered by the scope after saving. */
  after: boolean;
  /** Covered by the typed range on its own. */
  typed: boolean;
}

export interface RangeEditorState {
  parsed: ParsedRange;
  /** The current scope, printed (null when the signer has none on this package). */
  existing: string | null;
  /** The scope after saving, printed as the registry will store it; null while the input is invalid. */
  result: string | null;
  /** Every published version, newest first, with what covers it. */
  versions: VersionCoverage[];
  /** Versions the save adds to and removes from the scope. */
  gained: string[];
  lost: string[];
  /** True when saving changes nothing. */
  unchanged: boolean;
}

function parsedVersions(versions: string[]): { version: string; ev: ExtendedVersion | null }[] {
  return versionsNewestFirst(versions).map((version) => {
    try {
      return { version, ev: parseExtendedVersion(version) };
    } catch {
      return { version, ev: null };
    }
  });
}

/**
 * Everything the editor shows for a typed range.
 * @param input what the user typed
 * @param existing the signer's current scope on the package (as stored), or null
 * @param versions the package's published version strings
 */
export function rangeEditorState(input: string, existing: string | null, versions: string[], mode: ScopeMode): RangeEditorState {
  const parsed = parseRangeInput(input);
  const before = parseStoredRange(existing);
  const after = parsed.ok ? resultingRange(existing, parsed.range, mode) : null;
  const rows = parsedVersions(versions).map(({ version, ev }) => ({
    version,
    before: ev !== null && existing !== null && satisfies(ev, before),
    after: ev !== null && after !== null && satisfies(ev, after),
    typed: ev !== null && parsed.ok && satisfies(ev, parsed.range),
  }));
  const result = after ? printRange(after) : null;
  const existingPrinted = existing === null ? null : printRange(before);
  return {
    parsed,
    existing: existingPrinted,
    result,
    versions: rows,
    gained: after ? rows.filter((r) => r.after && !r.before).map((r) => r.version) : [],
    lost: after ? rows.filter((r) => r.before && !r.after).map((r) => r.version) : [],
    unchanged: result !== null && result === existingPrinted,
  };
}

/** Operators offered by the clause builder; `^` and `~` are shorthands the registry expands. */
export const CLAUSE_OPERATORS = ['>=', '>', '<', '<=', '=', '!=', '^', '~'] as const;
export type ClauseOperator = (typeof CLAUSE_OPERATORS)[number];

export interface Clause {
  op: ClauseOperator;
  /** `1.2.3` or `1.2.3:0` (the downstream may be omitted in a range). */
  version: string;
  /** Lower-case flavor such as `knots`, or empty for none. */
  flavor: string;
}

/** One anchor, e.g. `>=1.0.0:0` or `>=#knots:28.1:0`. */
export function clauseText({ op, version, flavor }: Clause): string {
  const f = flavor.trim();
  return `${op}${f ? `#${f}:` : ''}${version.trim()}`;
}

const isAtomic = (s: string) => !/\s/.test(s.trim()) || /^\(.*\)$/.test(s.trim());

/**
 * Joins a clause to the typed range. The registry has no operator precedence (it folds left to
 * right), so an OR puts both sides in parentheses unless they are single atoms.
 */
export function appendClause(current: string, clause: string, join: 'and' | 'or'): string {
  const a = current.trim();
  const b = clause.trim();
  if (a === '') return b;
  if (join === 'and') return `${a} ${b}`;
  const wrap = (s: string) => (isAtomic(s) ? s : `(${s})`);
  return `${wrap(a)} || ${wrap(b)}`;
}

/** Only flavor `f` (any version of it): the atom `#f`. */
export function flavorAtom(flavor: string): string {
  return `#${flavor.trim()}`;
}

/**
 * True when the text relies on an operator precedence the registry does not have: an AND (a
 * space or `&&`) after a top-level `||`. `a || b c` means `(a || b) || c` there, not `a || (b c)`.
 */
export function hasPrecedenceTrap(text: string): boolean {
  // The top level only: every parenthesised group becomes one placeholder atom.
  let depth = 0;
  let top = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth === 0) top += 'G';
      depth++;
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0) {
      top += ch;
    }
  }
  const tokens = top.replaceAll('||', ' || ').replaceAll('&&', ' && ').split(/\s+/).filter(Boolean);
  let sawOr = false;
  let prevAtom = false;
  for (const t of tokens) {
    if (t === '||' || t === '&&') {
      if (t === '&&' && sawOr) return true;
      sawOr ||= t === '||';
      prevAtom = false;
    } else {
      if (prevAtom && sawOr) return true;
      prevAtom = true;
    }
  }
  return false;
}

/** The published versions a stored range covers (lenient, as the registry reads it). */
export function coveredVersions(range: string, versions: string[]): string[] {
  const r = parseStoredRange(range);
  return versions.filter((v) => {
    try {
      return satisfies(parseExtendedVersion(v), r);
    } catch {
      return false;
    }
  });
}
