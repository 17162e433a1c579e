/**
 * @module
 * A fresh registry database (spec/registry-api.md §5.2): both upstream migrations applied,
 * no admins, an empty index.
 */
import type { RegistryDatabase } from '../../core/rpc/types.ts';

export function emptyDatabase(): RegistryDatabase {
  return {
    migrations: ['PackageSignerScopeMigration', 'RegistryAssetArray'],
    admins: [],
    index: {
      name: null,
      icon: null,
      package: { categories: {}, packages: {} },
      os: { versions: {} },
      signers: {},
    },
  };
}
