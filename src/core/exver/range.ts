/**
 * @module
 * The version-range tree and its constructors (spec/s9pk-format.md §8.3). The constructors fold
 * identities and push negations the way the Rust smart constructors do, so trees built here match
 * what the registry builds when it parses a range.
 */
import type { ExtendedVersion } from './extended-version.ts';
import { U64_MAX, VERSION_ZERO } from './version.ts';

/** Comparison operators of an anchor. `^` and `~` are shorthands expanded by `rangeCaret`/`rangeTilde`. */
export type RangeOp = '=' | '!=' | '>' | '>=' | '<' | '<=';

/**
 * A version range. `flavor: null` matches versions without flavor. There is no caret or tilde
 * node: like Rust, parsing expands them into `>=` and `<` anchors.
 */
export type VersionRange =
  | { readonly type: 'any' }
  | { readonly type: 'none' }
  | { readonly type: 'flavor'; readonly flavor: string | null }
  | { readonly type: 'anchor'; readonly op: RangeOp; readonly version: ExtendedVersion }
  | { readonly type: 'not'; readonly range: VersionRange }
  | { readonly type: 'and'; readonly left: VersionRange; readonly right: VersionRange }
  | { readonly type: 'or'; readonly left: VersionRange; readonly right: VersionRange };

export const RANGE_ANY: VersionRange = { type: 'any' };
export const RANGE_NONE: VersionRange = { type: 'none' };

/** An anchor `op version`, e.g. `>=1.2:0`. */
export function rangeAnchor(op: RangeOp, version: ExtendedVersion): VersionRange {
  return { type: 'anchor', op, version };
}

/** The flavor atom `#flavor`; `null` or `""` both mean "no flavor", as when parsing `#`. */
export function rangeFlavor(flavor: string | null): VersionRange {
  return { type: 'flavor', flavor: flavor === '' ? null : flavor };
}

/** Intersection; `*` is the identity and `!` annihilates (Rust `VersionRange::and`). */
export function rangeAnd(a: VersionRange, b: VersionRange): VersionRange {
  if (a.type === 'any') return b;
  if (b.type === 'any') return a;
  if (a.type === 'none' || b.type === 'none') return RANGE_NONE;
  return { type: 'and', left: a, right: b };
}

/** Union; `!` is the identity and `*` annihilates (Rust `VersionRange::or`). */
export function rangeOr(a: VersionRange, b: VersionRange): VersionRange {
  if (a.type === 'any' || b.type === 'any') return RANGE_ANY;
  if (a.type === 'none') return b;
  if (b.type === 'none') return a;
  return { type: 'or', left: a, right: b };
}

/**
 * Complement (Rust `VersionRange::not`): swaps `=`/`!=` and `*`/`!`, removes a double negation,
 * pushes through `and`/`or` by De Morgan, and wraps anything else in a `not` node.
 */
export function rangeNot(a: VersionRange): VersionRange {
  switch (a.type) {
    case 'anchor':
      if (a.op === '=') return rangeAnchor('!=', a.version);
      if (a.op === '!=') return rangeAnchor('=', a.version);
      return { type: 'not', range: a };
    case 'and':
      return { type: 'or', left: rangeNot(a.left), right: rangeNot(a.right) };
    case 'or':
      return { type: 'and', left: rangeNot(a.left), right: rangeNot(a.right) };
    case 'not':
      return a.range;
    case 'any':
      return RANGE_NONE;
    case 'none':
      return RANGE_ANY;
    case 'flavor':
      return { type: 'not', range: a };
  }
}

// Rust adds 1 to a usize here; release builds (the registry) wrap 2^64-1 around to 0.
function increment(n: bigint): bigint {
  return n === U64_MAX ? 0n : n + 1n;
}

// The upstream numbers without trailing zeros (at least one component), and the index of the
// first non-zero one (the last index when all are zero). Rust `semantic_number` + `major_idx`.
function semantic(v: ExtendedVersion): { sem: bigint[]; major: number } {
  const sem = [...v.upstream.number];
  while (sem.length > 1 && sem[sem.length - 1] === 0n) sem.pop();
  if (sem.length === 0 || (sem.length === 1 && sem[0] === 0n)) return { sem: [0n], major: 0 };
  return { sem, major: sem.findIndex((n) => n !== 0n) };
}

function upperBound(v: ExtendedVersion, number: bigint[]): ExtendedVersion {
  // Keeps flavor and upstream prerelease (so `^1.2.3-beta` is `<2-beta`); downstream becomes 0.
  return {
    flavor: v.flavor,
    upstream: { number, prerelease: v.upstream.prerelease },
    downstream: VERSION_ZERO,
  };
}

/**
 * `^v`: `>=v` and below the next change of the first non-zero upstream component
 * (`^1.2.3` → `<2`, `^0.2.3` → `<0.3`, `^0.0.0` → `<1`).
 */
export function rangeCaret(v: ExtendedVersion): VersionRange {
  const { sem, major } = semantic(v);
  const top = [...sem.slice(0, major), increment(sem[major] ?? 0n)];
  return rangeAnd(rangeAnchor('>=', v), rangeAnchor('<', upperBound(v, top)));
}

/**
 * `~v`: `>=v` and below the next change of the component after the first non-zero one
 * (`~1.2.3` → `<1.3`, `~0.2.3` → `<0.2.4`, `~1` → `<1.1`, `~0` → `<0.1`).
 */
export function rangeTilde(v: ExtendedVersion): VersionRange {
  const { sem, major } = semantic(v);
  const top = [...sem.slice(0, major + 1), increment(sem[major + 1] ?? 0n)];
  return rangeAnd(rangeAnchor('>=', v), rangeAnchor('<', upperBound(v, top)));
}
