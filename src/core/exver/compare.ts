/**
 * @module
 * Equality and ordering of versions and extended versions (spec/s9pk-format.md §8.2), plus the
 * total order the registry uses for version-map keys (start-core `VersionString`'s `Ord`).
 */
import type { ExtendedVersion } from './extended-version.ts';
import type { PrereleaseSegment, Version } from './version.ts';

export type Ordering = -1 | 0 | 1;

function compareBig(a: bigint, b: bigint): Ordering {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Numeric identifiers sort before alphanumeric ones; alphanumerics by byte order. Prerelease
// strings are ASCII (validated on parse), so UTF-16 code-unit order equals byte order.
function compareSegment(a: PrereleaseSegment, b: PrereleaseSegment): Ordering {
  if (typeof a === 'bigint') return typeof b === 'bigint' ? compareBig(a, b) : -1;
  if (typeof b === 'bigint') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two versions: numbers component-wise with missing components as 0 (`1` = `1.0.0`),
 * then a version without prerelease is greater than one with it, then prerelease lists
 * element-wise (a proper prefix is smaller). A total order.
 */
export function compareVersion(a: Version, b: Version): Ordering {
  const len = Math.max(a.number.length, b.number.length);
  for (let i = 0; i < len; i++) {
    const c = compareBig(a.number[i] ?? 0n, b.number[i] ?? 0n);
    if (c !== 0) return c;
  }
  const aRelease = a.prerelease.length === 0;
  const bRelease = b.prerelease.length === 0;
  if (aRelease !== bRelease) return aRelease ? 1 : -1;
  const common = Math.min(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < common; i++) {
    const c = compareSegment(
      a.prerelease[i] as PrereleaseSegment,
      b.prerelease[i] as PrereleaseSegment,
    );
    if (c !== 0) return c;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length) as Ordering;
}

/** True when the versions are equal (`1.0` equals `1.0.0`). */
export function versionEquals(a: Version, b: Version): boolean {
  return compareVersion(a, b) === 0;
}

/**
 * Compares extended versions: upstream, then downstream. Returns `null` when the flavors differ
 * (no flavor is itself a flavor value, and `""` is distinct from none): such versions are
 * incomparable, neither less, equal nor greater.
 */
export function compareExtendedVersion(a: ExtendedVersion, b: ExtendedVersion): Ordering | null {
  if (a.flavor !== b.flavor) return null;
  const c = compareVersion(a.upstream, b.upstream);
  return c !== 0 ? c : compareVersion(a.downstream, b.downstream);
}

/** True when same flavor and equal upstream and downstream. */
export function extendedVersionEquals(a: ExtendedVersion, b: ExtendedVersion): boolean {
  return compareExtendedVersion(a, b) === 0;
}

/**
 * A total order over all extended versions, usable with `Array.prototype.sort`: the registry's
 * ordering of version-map keys. Same flavor: `compareExtendedVersion`. Otherwise flavored versions
 * sort before unflavored ones, and two flavors compare by name.
 */
export function sortKeyCompare(a: ExtendedVersion, b: ExtendedVersion): Ordering {
  const c = compareExtendedVersion(a, b);
  if (c !== null) return c;
  if (a.flavor === null) return 1;
  if (b.flavor === null) return -1;
  return a.flavor < b.flavor ? -1 : 1;
}
