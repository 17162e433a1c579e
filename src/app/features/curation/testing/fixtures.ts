/**
 * @module
 * Small indexes for the curation unit tests (imported by *.test.ts only). Only the fields the
 * curation code reads are meaningful; versions carry no metadata.
 */
import type { PackageIndex, PackageInfo, PackageVersionInfo } from '../../../../core/rpc/types.ts';

export function pkg(categories: string[], versions: string[] = [], authorized: Record<string, string> = {}): PackageInfo {
  return {
    authorized,
    categories,
    versions: Object.fromEntries(versions.map((v) => [v, {} as PackageVersionInfo])),
  };
}

export function index(packages: Record<string, PackageInfo>, categories: string[] = []): PackageIndex {
  return { packages, categories: Object.fromEntries(categories.map((c) => [c, { name: { en_US: c } }])) };
}
