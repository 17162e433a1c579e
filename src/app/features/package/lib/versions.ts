/**
 * @module
 * Version ordering for display (spec/registry-api.md §5.1: always sort client-side with exver)
 * and the page's URL state: `?v=<version>&tab=overview|versions|device|manage`.
 */
import {
  parseExtendedVersion,
  sortKeyCompare,
  type ExtendedVersion,
} from '../../../../core/exver/index.ts';

/**
 * Version keys newest first in exver order. Versions of one flavor are ordered among
 * themselves; across flavors the registry's total order applies (unflavored first, here
 * reversed). Keys that do not parse go last, in their original order.
 */
export function sortVersionsDesc(keys: readonly string[]): string[] {
  const parsed: { key: string; v: ExtendedVersion }[] = [];
  const bad: string[] = [];
  for (const key of keys) {
    try {
      parsed.push({ key, v: parseExtendedVersion(key) });
    } catch {
      bad.push(key);
    }
  }
  parsed.sort((a, b) => sortKeyCompare(b.v, a.v));
  return [...parsed.map((p) => p.key), ...bad];
}

/** The flavor of a version key (`knots` for `#knots:28.1:0`), or null. */
export function versionFlavor(key: string): string | null {
  try {
    return parseExtendedVersion(key).flavor;
  } catch {
    return null;
  }
}

/**
 * The version to show: the requested one when it exists (exact stored spelling), otherwise the
 * newest. `missing` echoes a requested version that is not in the package.
 */
export function pickVersion(
  sortedDesc: readonly string[],
  requested: string | null,
): { version: string | null; missing: string | null } {
  if (requested !== null && sortedDesc.includes(requested))
    return { version: requested, missing: null };
  return { version: sortedDesc[0] ?? null, missing: requested };
}

export const PACKAGE_TABS = ['overview', 'versions', 'device', 'manage'] as const;
export type PackageTab = (typeof PACKAGE_TABS)[number];

export function parseTab(value: string | null): PackageTab {
  return (PACKAGE_TABS as readonly string[]).includes(value ?? '')
    ? (value as PackageTab)
    : 'overview';
}
