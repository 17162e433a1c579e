/**
 * @module
 * Parameter schemas of the registry methods (spec registry-api.md §4, required vs optional per
 * §4.0). Unknown keys pass and are dropped, as serde ignores them; absent and null mean the same
 * for every optional key. The stand-in decodes its parameters with these.
 */
import * as v from 'valibot';
import { Blake3CommitmentSchema, MerkleArchiveCommitmentSchema } from './asset.ts';
import { OtherVersionsLevelSchema } from './package-get.ts';
import {
  Base64Schema,
  GuidSchema,
  opt,
  SignaturePemSchema,
  VersionRangeStringSchema,
  VersionSchema,
  VersionStringSchema,
} from './scalars.ts';

/** Params of methods that take none; send `{}` (§1.3). Any object is accepted. */
export const EmptyParamsSchema = v.custom<Record<string, never>>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  'expected a map',
);

/** A PackageId parameter, checked like upstream's `PackageId` deserializer (§5.1). */
export const PackageIdParamSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, (issue) => `Invalid ID: ${String(issue.input)}`),
);

/** Params of `package.get` (§4.3). */
export const PackageGetParamsSchema = v.object({
  /** One package; absent/null = all packages. */
  id: opt(PackageIdParamSchema),
  /** Keep only versions satisfying this range. */
  targetVersion: opt(VersionRangeStringSchema),
  /** Currently without effect: the registry never sets a stored `sourceVersion`. */
  sourceVersion: opt(VersionStringSchema),
  /** Detail level of non-best versions; server default `"short"`. */
  otherVersions: opt(OtherVersionsLevelSchema),
});

/** Params of `package.add` / `package.add-mirror` besides the URL(s) (§4.3, §2.14 context `s9pk`). */
const commitmentEntries = {
  commitment: MerkleArchiveCommitmentSchema,
  signature: SignaturePemSchema,
};

/** `urls` must have at least one element; the first is fetched and parsed. */
export const PackageAddParamsSchema = v.object({ urls: v.array(v.string()), ...commitmentEntries });
export const PackageAddMirrorParamsSchema = v.object({ url: v.string(), ...commitmentEntries });

/** `sighash` only applies together with `version`; `force` is a serde default bool (not null). */
export const PackageRemoveParamsSchema = v.object({
  id: PackageIdParamSchema,
  version: opt(VersionStringSchema),
  sighash: opt(Base64Schema),
  force: v.optional(v.boolean()),
});

export const PackageRemoveMirrorParamsSchema = v.object({
  id: PackageIdParamSchema,
  version: VersionStringSchema,
  url: v.string(),
});

/** `versions` absent/null = `"*"`; `merge` is required (omitting it is -32602). */
export const PackageSignerAddParamsSchema = v.object({
  id: PackageIdParamSchema,
  signer: GuidSchema,
  versions: opt(VersionRangeStringSchema),
  merge: v.boolean(),
});

export const PackageSignerRefSchema = v.object({ id: PackageIdParamSchema, signer: GuidSchema });
export const PackageIdParamsSchema = v.object({ id: PackageIdParamSchema });
export const CategoryIdParamsSchema = v.object({ id: v.string() });
export const CategoryPackageParamsSchema = v.object({
  id: v.string(),
  package: PackageIdParamSchema,
});

/** Params of `os.version.get` (§4.6); missing values default from the device-info header. */
export const OsVersionGetParamsSchema = v.object({
  sourceVersion: opt(VersionSchema),
  targetVersion: opt(VersionRangeStringSchema),
  /** Opaque device id, used only for metrics. */
  serverId: opt(v.string()),
  platform: opt(v.string()),
});

export const OsVersionAddParamsSchema = v.object({
  version: VersionSchema,
  headline: v.string(),
  releaseNotes: v.string(),
  sourceVersion: VersionRangeStringSchema,
});
export const OsVersionParamsSchema = v.object({ version: VersionSchema });
export const OsVersionSignerParamsSchema = v.object({ version: VersionSchema, signer: GuidSchema });

/** Params of `os.asset.remove.*` and `os.asset.get.*` (§4.6). */
export const OsAssetRefSchema = v.object({ version: VersionSchema, platform: v.string() });
/** Params of `os.asset.add.*` (§4.6): `signature` is over `commitment`, context `startos`. */
export const OsAssetAddParamsSchema = v.object({
  ...OsAssetRefSchema.entries,
  url: v.string(),
  signature: SignaturePemSchema,
  commitment: Blake3CommitmentSchema,
});
/** Params of `os.asset.sign.*` (§4.6): `signature` over the stored commitment, context `startos`. */
export const OsAssetSignParamsSchema = v.object({
  ...OsAssetRefSchema.entries,
  signature: SignaturePemSchema,
});

/** An RFC 3339 time window of `metrics.users` / `metrics.downloads` (§4.9). */
const timeWindow = { after: opt(v.string()), before: opt(v.string()) };
export const MetricsUsersParamsSchema = v.object(timeWindow);
export const MetricsDownloadsParamsSchema = v.object({
  pkgId: opt(v.string()),
  version: opt(v.string()),
  ...timeWindow,
});

export type EmptyParams = v.InferOutput<typeof EmptyParamsSchema>;
export type PackageGetParams = v.InferOutput<typeof PackageGetParamsSchema>;
export type OsVersionGetParams = v.InferOutput<typeof OsVersionGetParamsSchema>;
export type OsAssetAddParams = v.InferOutput<typeof OsAssetAddParamsSchema>;
export type OsAssetRef = v.InferOutput<typeof OsAssetRefSchema>;
export type OsAssetSignParams = v.InferOutput<typeof OsAssetSignParamsSchema>;
