/**
 * @module
 * What the browse grid needs of a `package.index` result (spec/registry-api.md §4.3, §5.3), one
 * small entry per package, in any language: the index can weigh megabytes (data-URL icons in
 * every version), a card only needs a title, an icon, the short description and a few facts.
 * Pure, so the answer worker computes it beside its check of a large index and the page shows
 * cards before the whole index reaches it (issue 12 item 3).
 */
import {
  parseExtendedVersion,
  sortKeyCompare,
  type ExtendedVersion,
} from '../exver/index.ts';
import type { LocaleString, PackageIndex, PackageInfo } from '../rpc/types.ts';
import { ownValue } from './own-key.ts';

export interface PackageDigest {
  id: string;
  /** Title of the newest version, or the id when the package has no version. */
  title: string;
  /** Data URL of the newest version's icon. */
  icon: string | null;
  /** Short description of the newest version, every language (`localize` picks one). */
  description: LocaleString;
  /** Newest version key (exver order), exactly as stored. */
  version: string | null;
  versionCount: number;
  categories: string[];
  /** Latest `publishedAt` over every variant of every version (RFC 3339), or null. */
  lastPublished: string | null;
  /** `lastPublished` in ms since the epoch, for sorting. */
  lastPublishedMs: number | null;
}

/** The digest of a whole index: every package in id order, and the index's categories. */
export interface IndexDigest {
  packages: PackageDigest[];
  categories: PackageIndex['categories'];
}

/**
 * Parses an RFC 3339 timestamp; fractional seconds beyond milliseconds (the registry writes up
 * to 9 digits) are cut first, since not every engine's `Date.parse` accepts them.
 */
export function parseTimestamp(s: string): number | null {
  const ms = Date.parse(s.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The newest of some version keys in exver order (`sortKeyCompare`: unflavored versions rank
 * above flavored ones, so the main lineage wins). Keys that do not parse rank lowest.
 */
export function newestVersion(keys: readonly string[]): string | null {
  let best: { key: string; v: ExtendedVersion | null } | null = null;
  for (const key of keys) {
    let v: ExtendedVersion | null;
    try {
      v = parseExtendedVersion(key);
    } catch {
      v = null;
    }
    if (!best || (v && (!best.v || sortKeyCompare(v, best.v) > 0))) best = { key, v };
  }
  return best?.key ?? null;
}

/** The digest of one package. */
export function digestPackage(id: string, pkg: PackageInfo): PackageDigest {
  const keys = Object.keys(pkg.versions);
  const version = newestVersion(keys);
  const info = version === null ? undefined : ownValue(pkg.versions, version);
  let lastPublished: string | null = null;
  let lastPublishedMs: number | null = null;
  for (const v of Object.values(pkg.versions)) {
    for (const [, asset] of v.s9pks) {
      const ms = parseTimestamp(asset.publishedAt);
      if (ms !== null && (lastPublishedMs === null || ms > lastPublishedMs)) {
        lastPublishedMs = ms;
        lastPublished = asset.publishedAt;
      }
    }
  }
  return {
    id,
    title: info?.title || id,
    icon: info?.icon ?? null,
    description: info ? info.description.short : '',
    version,
    versionCount: keys.length,
    categories: pkg.categories,
    lastPublished,
    lastPublishedMs,
  };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The digest of an index: packages in id order (code-unit order, as the registry sorts keys). */
export function digestIndex(index: PackageIndex): IndexDigest {
  return {
    packages: Object.entries(index.packages)
      .sort(([a], [b]) => byId(a, b))
      .map(([id, pkg]) => digestPackage(id, pkg)),
    categories: index.categories,
  };
}

/**
 * The digest of an index from its packages' digests, made one by one (in any order, each id
 * once): the same as {@link digestIndex} of that index.
 */
export function digestFromPackages(packages: readonly PackageDigest[], categories: PackageIndex['categories']): IndexDigest {
  return { packages: [...packages].sort((a, b) => byId(a.id, b.id)), categories };
}
