/**
 * @module
 * Keeps the stored document in upstream's key order (spec/registry-api.md §7, §8.4): packages
 * and categories by id, versions by the exver total order, signers and admins by Guid, OS
 * release assets by platform.
 */
import { compareVersion, parseExtendedVersion, parseVersion, sortKeyCompare } from '../../core/exver/index.ts';
import type { RegistryDatabase } from '../../core/rpc/types.ts';
import { setOwn } from '../../core/registry/own-key.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortKeys<T>(map: Record<string, T>, compare: (a: string, b: string) => number = byString): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(map).sort(compare)) setOwn(out, k, map[k]!);
  return out;
}

/** Exver total order on version strings (unparseable strings last, by text). */
export function compareVersionKeys(a: string, b: string): number {
  try {
    return sortKeyCompare(parseExtendedVersion(a), parseExtendedVersion(b));
  } catch {
    return byString(a, b);
  }
}

/** Exver order on OS version keys (plain versions, §5.1; unparseable strings last, by text). */
export function compareOsVersionKeys(a: string, b: string): number {
  try {
    return compareVersion(parseVersion(a), parseVersion(b));
  } catch {
    return byString(a, b);
  }
}

/** Sorts every map of the document in place. */
export function canonicalize(db: RegistryDatabase): void {
  const idx = db.index;
  db.admins = [...new Set(db.admins)].sort(byString);
  idx.signers = sortKeys(idx.signers);
  idx.package.categories = sortKeys(idx.package.categories);
  idx.package.packages = sortKeys(idx.package.packages);
  for (const pkg of Object.values(idx.package.packages)) {
    pkg.versions = sortKeys(pkg.versions, compareVersionKeys);
    pkg.authorized = sortKeys(pkg.authorized);
    pkg.categories = [...new Set(pkg.categories)].sort(byString);
  }
  idx.os.versions = sortKeys(idx.os.versions, compareOsVersionKeys);
  for (const release of Object.values(idx.os.versions)) {
    release.authorized = [...new Set(release.authorized)].sort(byString);
    release.iso = sortKeys(release.iso);
    release.squashfs = sortKeys(release.squashfs);
    release.img = sortKeys(release.img);
  }
}
