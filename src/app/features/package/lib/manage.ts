/**
 * @module
 * Rules and impact summaries of the package page's manage actions (design.md §4.4, spec
 * registry-api.md §4.3): which mirror URLs can be removed (`package.remove-mirror` removes a
 * URL from every variant of the version and refuses to leave a variant without one), what a
 * removal takes away, and which packages of the registry depend on the package.
 */
import type { PackageIndex, PackageInfo, PackageVersionInfo } from '../../../../core/rpc/types.ts';
import { commitmentsEqual } from '../../../../core/s9pk/variant.ts';
import { versionUrls } from '../../../../core/registry/mirror-urls.ts';
import { sortVersionsDesc } from './versions.ts';
import { hasOwnKey, ownValue } from '../../../../core/registry/own-key.ts';
import { currentLocale, translate } from '../../../i18n/i18n.ts';
import { localeTag } from '../../../i18n/locales.ts';

export interface Dependent {
  id: string;
  title: string;
  /** Versions of the dependent that declare the dependency, newest first. */
  versions: string[];
  optional: boolean;
}

/** Packages (other than `id`) with a version declaring `id` as a dependency. */
export function dependentsOf(index: PackageIndex, id: string): Dependent[] {
  const out: Dependent[] = [];
  for (const [other, pkg] of Object.entries(index.packages)) {
    if (other === id) continue;
    const versions = sortVersionsDesc(Object.keys(pkg.versions).filter((v) => hasOwnKey(pkg.versions[v]!.dependencyMetadata, id)));
    if (versions.length === 0) continue;
    const newest = pkg.versions[versions[0]!]!;
    out.push({ id: other, title: newest.title, versions, optional: versions.every((v) => ownValue(pkg.versions[v]!.dependencyMetadata, id)!.optional) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export interface Impact {
  versions: number;
  variants: number;
  urls: string[];
  /** The action also deletes the version (its last variant goes). */
  deletesVersion: boolean;
}

/** Removing the variants of `info` whose commitment has `sighash` (`package.remove` with `sighash`). */
export function variantRemovalImpact(info: PackageVersionInfo, sighash: string): Impact {
  const hit = info.s9pks.filter(([, a]) => commitmentsEqual(a.commitment, { rootSighash: sighash, rootMaxsize: a.commitment.rootMaxsize }));
  return { versions: 0, variants: hit.length, urls: [...new Set(hit.flatMap(([, a]) => a.urls))], deletesVersion: hit.length === info.s9pks.length };
}

export function versionRemovalImpact(info: PackageVersionInfo): Impact {
  return { versions: 1, variants: info.s9pks.length, urls: versionUrls(info), deletesVersion: true };
}

export function packageRemovalImpact(pkg: PackageInfo): Impact & { scopes: number; categories: string[] } {
  const infos = Object.values(pkg.versions);
  return {
    versions: infos.length,
    variants: infos.reduce((n, i) => n + i.s9pks.length, 0),
    urls: [...new Set(infos.flatMap(versionUrls))],
    deletesVersion: infos.length > 0,
    scopes: Object.keys(pkg.authorized).length,
    categories: pkg.categories,
  };
}

/** "2 variants and 3 download URLs", joined the active locale's way (Intl.ListFormat). */
export function describeImpact(i: Impact): string {
  const parts = [];
  if (i.versions > 0) parts.push(translate('manage.versions', { count: i.versions }));
  parts.push(translate('manage.variants', { count: i.variants }));
  parts.push(translate('manage.urls', { count: i.urls.length }));
  return new Intl.ListFormat(localeTag(currentLocale()), { type: 'conjunction' }).format(parts);
}

/**
 * What to tell the user after `package.remove`, whose result says whether the database changed:
 * `false` means the registry had nothing to remove (already gone), never "Removed …".
 */
export function removalMessage(removed: boolean, what: string): string {
  return translate(removed ? 'manage.removed' : 'manage.nothingRemoved', { what });
}
