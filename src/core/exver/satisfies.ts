/**
 * @module
 * Range satisfaction (spec/s9pk-format.md §8.4): anchors never match another flavor except
 * `!=`, which matches every other flavor; flavor atoms match by equality only.
 */
import { compareExtendedVersion } from './compare.ts';
import {
  extendedVersionFromVersion,
  parseExtendedVersion,
  type ExtendedVersion,
} from './extended-version.ts';
import { parseRange } from './parse-range.ts';
import type { VersionRange } from './range.ts';
import type { Version } from './version.ts';

/** True when `v` is in `r`. */
export function satisfies(v: ExtendedVersion, r: VersionRange): boolean {
  switch (r.type) {
    case 'any':
      return true;
    case 'none':
      return false;
    case 'flavor':
      return v.flavor === r.flavor;
    case 'not':
      return !satisfies(v, r.range);
    case 'and':
      return satisfies(v, r.left) && satisfies(v, r.right);
    case 'or':
      return satisfies(v, r.left) || satisfies(v, r.right);
    case 'anchor': {
      const c = compareExtendedVersion(v, r.version);
      if (c === null) return r.op === '!=';
      switch (r.op) {
        case '=':
          return c === 0;
        case '!=':
          return c !== 0;
        case '>':
          return c > 0;
        case '>=':
          return c >= 0;
        case '<':
          return c < 0;
        case '<=':
          return c <= 0;
      }
    }
  }
}

/**
 * True when a plain version (an `osVersion`, `sdkVersion`) is in `r`; it is tested as `v:0`
 * without flavor, like Rust `Version::satisfies`.
 */
export function satisfiesVersion(v: Version, r: VersionRange): boolean {
  return satisfies(extendedVersionFromVersion(v), r);
}

/**
 * Parses both strings (the range leniently, as the registry does) and tests satisfaction.
 * @throws CoreError `EXVER_SYNTAX` when either string does not parse.
 */
export function satisfiesString(version: string, range: string): boolean {
  return satisfies(parseExtendedVersion(version), parseRange(range));
}
