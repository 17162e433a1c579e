/**
 * @module
 * Syntax of version ranges: a PEG recogniser that accepts exactly what the Rust crate's pest
 * grammar (crates/exver/src/grammar.pest) accepts, producing a concrete tree. spec §8.1.
 */
import { CoreError } from '../errors.ts';

/**
 * Deepest nesting of parentheses and `!` accepted. Rust has no limit (pest recurses); this only
 * turns a stack overflow on absurd input into a typed error.
 */
export const MAX_RANGE_NESTING = 256;

/** Operator tokens, in the order the grammar tries them (longest first where they overlap). */
export type OpToken = '>=' | '<=' | '!=' | '=' | '<' | '>' | '^' | '~';
const OP_TOKENS: readonly OpToken[] = ['>=', '<=', '!=', '=', '<', '>', '^', '~'];

export type CstAtom =
  | { readonly k: 'group'; readonly range: CstRange }
  | {
      readonly k: 'anchor';
      readonly op: OpToken | null;
      readonly spec: string;
      readonly at: number;
    }
  | { readonly k: 'not'; readonly atom: CstAtom }
  | { readonly k: 'any' }
  | { readonly k: 'none' }
  | { readonly k: 'flavor'; readonly name: string };

/** A flat list of atoms with the combinator written before each (`null`: juxtaposed or first). */
export interface CstRange {
  readonly items: readonly { readonly combinator: 'and' | 'or' | null; readonly atom: CstAtom }[];
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}
function isPrereleaseChar(c: string | undefined): boolean {
  return isDigit(c) || isLower(c) || (c !== undefined && c >= 'A' && c <= 'Z') || c === '-';
}

/**
 * Matches a range at the start of `src`. Returns the tree and the offset where matching stopped
 * (pest does not require the whole input to match: the rest is ignored by Rust), or `null` when
 * not even one atom matches. PEG rules: ordered choice, greedy repetition, no backtracking into a
 * repetition; only ASCII spaces are skipped, and only between tokens of non-atomic rules.
 * @throws CoreError `EXVER_SYNTAX` when atoms nest deeper than `MAX_RANGE_NESTING`.
 */
export function scanRange(src: string): { cst: CstRange; end: number } | null {
  let pos = 0;
  let depth = 0;

  const nest = (): void => {
    if (++depth > MAX_RANGE_NESTING) {
      throw new CoreError('EXVER_SYNTAX', 'version range nested too deeply', {
        input: src,
        offset: pos,
      });
    }
  };

  const skip = (): void => {
    while (src[pos] === ' ') pos++;
  };

  // num = "0" | '1'..'9' ~ '0'..'9'*   (so "01" matches only "0")
  const num = (): boolean => {
    if (src[pos] === '0') {
      pos++;
      return true;
    }
    if (!isDigit(src[pos])) return false;
    while (isDigit(src[pos])) pos++;
    return true;
  };

  const segment = (): boolean => {
    const start = pos;
    while (isPrereleaseChar(src[pos])) pos++;
    return pos > start;
  };

  // ch ~ rule, or nothing at all: backtracks when either part is missing.
  const prefixed = (ch: string, rule: () => boolean): boolean => {
    const save = pos;
    if (src[pos] === ch) {
      pos++;
      if (rule()) return true;
    }
    pos = save;
    return false;
  };

  // version = (num ~ ".")* ~ num ~ ("-" ~ prerelease)?
  const version = (): boolean => {
    const start = pos;
    for (;;) {
      const save = pos;
      if (num() && src[pos] === '.') {
        pos++;
        continue;
      }
      pos = save;
      break;
    }
    if (!num()) {
      pos = start;
      return false;
    }
    if (prefixed('-', segment)) while (prefixed('.', segment));
    return true;
  };

  // version_spec = @{ ("#" ~ flavor ~ ":")? ~ version ~ (":" ~ version)? }
  const versionSpec = (): string | null => {
    const start = pos;
    if (src[pos] === '#') {
      let p = pos + 1;
      while (isLower(src[p])) p++;
      if (src[p] === ':') pos = p + 1;
    }
    if (!version()) {
      pos = start;
      return null;
    }
    prefixed(':', version);
    return src.slice(start, pos);
  };

  const atom = (): CstAtom | null => {
    nest();
    try {
      return atomBody();
    } finally {
      depth--;
    }
  };

  const atomBody = (): CstAtom | null => {
    const start = pos;
    // "(" ~ version_range ~ ")"
    if (src[pos] === '(') {
      pos++;
      skip();
      const inner = range();
      if (inner !== null) {
        skip();
        if (src[pos] === ')') {
          pos++;
          return { k: 'group', range: inner };
        }
      }
      pos = start;
    }
    // anchor = cmp_op? ~ version_spec  (the skip between them also applies when there is no
    // operator, which is why Rust accepts leading spaces before a bare version only)
    const op = OP_TOKENS.find((t) => src.startsWith(t, pos)) ?? null;
    if (op !== null) pos += op.length;
    skip();
    const at = pos;
    const spec = versionSpec();
    if (spec !== null) return { k: 'anchor', op, spec, at };
    pos = start;
    // not = "!" ~ version_range_atom
    if (src[pos] === '!') {
      pos++;
      skip();
      const inner = atom();
      if (inner !== null) return { k: 'not', atom: inner };
      pos = start;
    }
    if (src[pos] === '*') {
      pos++;
      return { k: 'any' };
    }
    if (src[pos] === '!') {
      pos++;
      return { k: 'none' };
    }
    // flavor_atom = @{ "#" ~ flavor }  (flavor may be empty)
    if (src[pos] === '#') {
      pos++;
      const from = pos;
      while (isLower(src[pos])) pos++;
      return { k: 'flavor', name: src.slice(from, pos) };
    }
    return null;
  };

  // version_range = atom ~ ((or | and)? ~ atom)*
  const range = (): CstRange | null => {
    const first = atom();
    if (first === null) return null;
    const items: { combinator: 'and' | 'or' | null; atom: CstAtom }[] = [
      { combinator: null, atom: first },
    ];
    for (;;) {
      const save = pos;
      skip();
      let combinator: 'and' | 'or' | null = null;
      if (src.startsWith('||', pos)) combinator = 'or';
      else if (src.startsWith('&&', pos)) combinator = 'and';
      if (combinator !== null) pos += 2;
      skip();
      const next = atom();
      if (next === null) {
        pos = save;
        break;
      }
      items.push({ combinator, atom: next });
    }
    return { items };
  };

  const cst = range();
  return cst === null ? null : { cst, end: pos };
}
