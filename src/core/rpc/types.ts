/**
 * @module
 * Wire types of the registry JSON-RPC API, inferred from the valibot schemas in `schemas/`:
 * scalars and index structures (spec registry-api.md §5), method results that are not §5
 * structures (§4.3 package.get, §4.8 db.dump, §4.9 metrics) and the device-info header fields
 * (§6). Nullable keys are present as `null` on output (§5.3). Import the schemas themselves
 * from `schemas/*.ts` or through the method table (`METHODS[m].result`).
 */
export type {
  Base64,
  DataUrl,
  Guid,
  LocaleString,
  PackageId,
  PublicKeyPem,
  SignaturePem,
  Version,
  VersionRangeString,
  VersionString,
} from './schemas/scalars.ts';
export type { Blake3Commitment, MerkleArchiveCommitment, RegistryAsset } from './schemas/asset.ts';
export type {
  Category,
  DependencyMetadata,
  DeviceFilter,
  HardwareRequirements,
  PackageDescription,
  PackageIndex,
  PackageInfo,
  PackageVersionInfo,
  S9pkVariant,
} from './schemas/package.ts';
export type { ContactInfo, SignerInfo } from './schemas/signer.ts';
export type { OsIndex, OsVersionInfo } from './schemas/os.ts';
export type { DbDump, FullIndex, RegistryDatabase, RegistryInfo } from './schemas/registry.ts';
export type {
  OtherVersionsLevel,
  PackageGetAll,
  PackageGetEntryFor,
  PackageGetFull,
  PackageGetNone,
  PackageGetResult,
  PackageGetResultFor,
  PackageGetShort,
  PackageVersionShort,
} from './schemas/package-get.ts';
export type {
  CountEntry,
  MetricsDownloads,
  MetricsSummary,
  MetricsUsers,
  PackageVersionCount,
} from './schemas/metrics.ts';
export type { DeviceInfo } from './schemas/device-info.ts';
