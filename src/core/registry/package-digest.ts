/**
 * @module
 * One small summary per package of a `package.index` result (spec/registry-api.md §4.3, §5.3),
 * computed once per index: the index can weigh megabytes (data-URL icons in every version),
 * the browse grid only needs a title, an icon, a short description and a few facts.
 */
import {
  parseExtendedVersion,
  sortKeyCompare,
  type ExtendedVersion,
} from '../exver/index.ts';
import { localize } from './localize.ts';
import type { PackageIndex, PackageInfo } from '../rpc/types.ts';
import { ownValue } from './own-key.ts';

export interface PackageSummary {
  id: string;
  /** Title of the newest version, or the id when the package has no version. */
  title: string;
  /** Data URL of the newest version's icon. */
  icon: string | null;
  /** Short description of the newest version, in the user's language. */
  description: string;
  /** Newest version key (exver order), exactly as stored. */
  version: string | null;
  versionCount: number;
  categories: string[];
  /** Latest `publishedAt` over every variant of every version (RFC 3339), or null. */
  lastPublished: string | null;
  /** `lastPublished` in ms since the epoch, for sorting. */
  lastPublishedMs: number | null;
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

/** Summary of one package for `language` (a browser tag such as `de-DE` or a locale `de_DE`). */
export function summarizePackage(id: string, pkg: PackageInfo, language: string): PackageSummary {
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
    description: info ? localize(info.description.short, language) : '',
    version,
    versionCount: keys.length,
    categories: pkg.categories,
    lastPublished,
    lastPublishedMs,
  };
}

/** Summaries of every package, in id order. */
export function summarizeIndex(index: PackageIndex, language: string): PackageSummary[] {
  return Object.entries(index.packages)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, pkg]) => summarizePackage(id, pkg, language));
}
