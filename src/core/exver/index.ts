/**
 * @module
 * Public API of exver (extended versions and ranges, Rust semantics, spec/s9pk-format.md §8),
 * re-exported for other layers.
 */
export {
  parseVersion,
  printVersion,
  U64_MAX,
  VERSION_ZERO,
  type PrereleaseSegment,
  type Version,
} from './version.ts';
export {
  extendedVersionFromVersion,
  parseExtendedVersion,
  printExtendedVersion,
  type ExtendedVersion,
} from './extended-version.ts';
export {
  compareExtendedVersion,
  compareVersion,
  extendedVersionEquals,
  sortKeyCompare,
  versionEquals,
  type Ordering,
} from './compare.ts';
export {
  RANGE_ANY,
  RANGE_NONE,
  rangeAnchor,
  rangeAnd,
  rangeCaret,
  rangeFlavor,
  rangeNot,
  rangeOr,
  rangeTilde,
  type RangeOp,
  type VersionRange,
} from './range.ts';
export { parseRange, type RangeParseMode } from './parse-range.ts';
export { printRange } from './print-range.ts';
export { satisfies, satisfiesString, satisfiesVersion } from './satisfies.ts';
