/**
 * @module
 * The package index (spec registry-api.md §5.3, §5.4): hardware variants, version records,
 * packages and categories.
 */
import * as v from 'valibot';
import { S9pkAssetSchema } from './asset.ts';
import {
  DataUrlSchema,
  GuidSchema,
  LocaleStringSchema,
  PackageIdSchema,
  U64Schema,
  VersionRangeStringSchema,
  VersionSchema,
  VersionStringSchema,
} from './scalars.ts';
import { ownRecord } from './own-record.ts';

/** A device requirement of a hardware variant; never evaluated by the server (§5.3, §6). */
export const DeviceFilterSchema = v.object({
  description: v.string(),
  class: v.picklist(['processor', 'display']),
  /** Regular expression. */
  product: v.nullable(v.string()),
  /** Regular expression. */
  vendor: v.nullable(v.string()),
  /** Always present on output (the bindings wrongly mark it optional, §10). */
  capabilities: v.nullable(v.array(v.string())),
  /** Always present on output (the bindings wrongly mark it optional, §10). */
  driver: v.nullable(v.string()),
});

/** Identity of a hardware variant of a package version (§5.3, §5.4). */
export const HardwareRequirementsSchema = v.object({
  device: v.array(DeviceFilterSchema),
  /** Minimum RAM in bytes; null = no requirement. */
  ram: v.nullable(U64Schema),
  /** Sorted set of CPU architectures; null = any. */
  arch: v.nullable(v.array(v.string())),
});

/** Per-dependency display data stored with a package version (§5.3). */
export const DependencyMetadataSchema = v.object({
  title: v.nullable(LocaleStringSchema),
  icon: v.nullable(DataUrlSchema),
  description: v.nullable(LocaleStringSchema),
  optional: v.boolean(),
});

/** Short and long package description (§5.3). */
export const PackageDescriptionSchema = v.object({
  short: LocaleStringSchema,
  long: LocaleStringSchema,
});

/** One hardware variant: exactly two elements `[requirements, asset]` (§5.3). */
export const S9pkVariantSchema = v.strictTuple([HardwareRequirementsSchema, S9pkAssetSchema]);

/** One stored package version; manifest metadata is flattened into it (§5.3). */
export const PackageVersionInfoSchema = v.object({
  title: v.string(),
  description: PackageDescriptionSchema,
  releaseNotes: LocaleStringSchema,
  gitHash: v.nullable(v.string()),
  license: v.string(),
  packageRepo: v.string(),
  upstreamRepo: v.string(),
  /** Nullable (the bindings wrongly say `string`, §10). */
  marketingUrl: v.nullable(v.string()),
  donationUrl: v.nullable(v.string()),
  osVersion: VersionSchema,
  sdkVersion: v.nullable(VersionSchema),
  hardwareAcceleration: v.boolean(),
  userspaceFilesystems: v.boolean(),
  virtualNetworking: v.boolean(),
  /** Plugin ids; the only defined one is `url-v0`. */
  plugins: v.array(v.string()),
  satisfies: v.array(VersionStringSchema),
  icon: DataUrlSchema,
  dependencyMetadata: ownRecord(PackageIdSchema, DependencyMetadataSchema),
  /** Always null when created by `package.add`. */
  sourceVersion: v.nullable(VersionRangeStringSchema),
  /** Hardware variants, most specific first (§5.4). */
  s9pks: v.array(S9pkVariantSchema),
});

/** A package: publishing scopes, versions and category ids (§5.3). */
export const PackageInfoSchema = v.object({
  /** Signer Guid → version range the signer may publish (§3.3). */
  authorized: ownRecord(GuidSchema, VersionRangeStringSchema),
  versions: ownRecord(VersionStringSchema, PackageVersionInfoSchema),
  /** Sorted unique category ids; may reference deleted categories. */
  categories: v.array(v.string()),
});

/** A category: only a name (§4.5, §5.3). */
export const CategorySchema = v.object({ name: LocaleStringSchema });

/** Category id → category, as `package.category.list` and `info` answer it (§4.5). */
export const CategoryMapSchema = ownRecord(v.string(), CategorySchema);

/** Result of `package.index` (§4.3, §5.3). */
export const PackageIndexSchema = v.object({
  categories: CategoryMapSchema,
  packages: ownRecord(PackageIdSchema, PackageInfoSchema),
});

/**
 * {@link PackageIndexSchema} around packages already checked one by one with
 * {@link PackageInfoSchema} (core/rpc/answer-split.ts): the same checks of everything else, and
 * the same output.
 */
export const PackageIndexShellSchema = v.object({
  categories: CategoryMapSchema,
  packages: ownRecord(PackageIdSchema, v.unknown()),
});

export type DeviceFilter = v.InferOutput<typeof DeviceFilterSchema>;
export type HardwareRequirements = v.InferOutput<typeof HardwareRequirementsSchema>;
export type DependencyMetadata = v.InferOutput<typeof DependencyMetadataSchema>;
export type PackageDescription = v.InferOutput<typeof PackageDescriptionSchema>;
export type S9pkVariant = v.InferOutput<typeof S9pkVariantSchema>;
export type PackageVersionInfo = v.InferOutput<typeof PackageVersionInfoSchema>;
export type PackageInfo = v.InferOutput<typeof PackageInfoSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type PackageIndex = v.InferOutput<typeof PackageIndexSchema>;
