/**
 * @module
 * What a registry holds, counted from its signed `index` (spec/registry-api.md §4.1, §5.3):
 * packages, versions, variants (`s9pks` entries), signers, categories and OS releases — the
 * same numbers `package.index`, `admin.signer.list`, `package.category.list` and `os.index`
 * give.
 */
import type { FullIndex } from '../rpc/types.ts';

export interface RegistryCounts {
  packages: number;
  versions: number;
  variants: number;
  signers: number;
  categories: number;
  osReleases: number;
}

export function registryCounts(index: FullIndex): RegistryCounts {
  let versions = 0;
  let variants = 0;
  for (const pkg of Object.values(index.package.packages)) {
    for (const info of Object.values(pkg.versions)) {
      versions += 1;
      variants += info.s9pks.length;
    }
  }
  return {
    packages: Object.keys(index.package.packages).length,
    versions,
    variants,
    signers: Object.keys(index.signers).length,
    categories: Object.keys(index.package.categories).length,
    osReleases: Object.keys(index.os.versions).length,
  };
}
