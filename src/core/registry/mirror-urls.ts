/**
 * @module
 * Download URLs of a version (spec/registry-api.md §4.3 `package.remove-mirror`): the registry
 * removes a URL from every variant of the version and refuses to leave a variant without one.
 */
import type { PackageVersionInfo } from '../rpc/types.ts';

/** Whether removing `url` from the version leaves every variant with at least one URL. */
export function canRemoveUrl(info: PackageVersionInfo, url: string): boolean {
  return info.s9pks.every(([, a]) => a.urls.some((u) => u !== url));
}

/** Every URL of the version, in variant order, without repeats. */
export function versionUrls(info: PackageVersionInfo): string[] {
  return [...new Set(info.s9pks.flatMap(([, a]) => a.urls))];
}
