/** A fresh registry database (spec/registry-api.md §5.2) for core tests: no admins, an empty index, `name` given. */
import type { RegistryDatabase } from '../rpc/schemas/registry.ts';

export function registryDatabaseFixture(name: string | null = null): RegistryDatabase {
  return {
    migrations: ['PackageSignerScopeMigration', 'RegistryAssetArray'],
    admins: [],
    index: { name, icon: null, package: { categories: {}, packages: {} }, os: { versions: {} }, signers: {} },
  };
}
