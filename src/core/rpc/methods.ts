/**
 * @module
 * Method table of the registry API: name → params/result (spec registry-api.md §4, required vs
 * optional per §4.0) and the access matrix (§3.2) shared by the stand-in server and the UI.
 */

import type {
  Base64,
  Blake3Commitment,
  Category,
  ContactInfo,
  DataUrl,
  DbDump,
  FullIndex,
  Guid,
  LocaleString,
  MerkleArchiveCommitment,
  MetricsDownloads,
  MetricsSummary,
  MetricsUsers,
  OsIndex,
  OsVersionInfo,
  OtherVersionsLevel,
  PackageGetResult,
  PackageId,
  PackageIndex,
  PublicKeyPem,
  RegistryAsset,
  RegistryInfo,
  SignaturePem,
  SignerInfo,
  Version,
  VersionRangeString,
  VersionString,
} from './types.ts';

/** Params of methods that take none; send `{}` (§1.3). */
export type EmptyParams = Record<string, never>;

/** Params of `package.get` (§4.3). Absent and null mean the same for every key. */
export interface PackageGetParams {
  /** One package; absent/null = all packages. */
  id?: PackageId | null;
  /** Keep only versions satisfying this range. */
  targetVersion?: VersionRangeString | null;
  /** Currently without effect: the registry never sets a stored `sourceVersion`. */
  sourceVersion?: VersionString | null;
  /** Detail level of non-best versions; server default `"short"`. */
  otherVersions?: OtherVersionsLevel | null;
}

/** Params of `os.version.get` (§4.6); missing values default from the device-info header. */
export interface OsVersionGetParams {
  sourceVersion?: Version | null;
  targetVersion?: VersionRangeString | null;
  /** Opaque device id, used only for metrics. */
  serverId?: string | null;
  platform?: string | null;
}

/** Params of `os.asset.add.*` (§4.6): `signature` is over `commitment`, context `startos`. */
export interface OsAssetAddParams {
  version: Version;
  platform: string;
  url: string;
  signature: SignaturePem;
  commitment: Blake3Commitment;
}

/** Params of `os.asset.remove.*` and `os.asset.get.*` (§4.6). */
export interface OsAssetRef {
  version: Version;
  platform: string;
}

/** Params of `os.asset.sign.*` (§4.6): `signature` over the stored commitment, context `startos`. */
export interface OsAssetSignParams extends OsAssetRef {
  signature: SignaturePem;
}

/** Params of `package.add` / `package.add-mirror` besides the URL(s) (§4.3, §2.14 context `s9pk`). */
interface CommitmentParams {
  commitment: MerkleArchiveCommitment;
  signature: SignaturePem;
}

type Method<P, R> = { params: P; result: R };
/**
 * Every RPC method of the registry (§4) with its params and result. `__Auth_signer` and
 * `__DeviceInfo_device_info` are injected by the server and never appear here (§2.12, §6).
 */
export interface RpcMethods {
  index: Method<EmptyParams, FullIndex>;
  info: Method<EmptyParams, RegistryInfo>;
  'info.set-name': Method<{ name: string }, null>;
  'info.set-icon': Method<{ icon: DataUrl }, null>;

  'package.index': Method<EmptyParams, PackageIndex>;
  'package.get': Method<PackageGetParams, PackageGetResult>;
  /** `urls` must have at least one element; the first is fetched and parsed. */
  'package.add': Method<{ urls: string[] } & CommitmentParams, null>;
  'package.add-mirror': Method<{ url: string } & CommitmentParams, null>;
  /** Result: true if the database changed. `sighash` only applies together with `version`. */
  'package.remove': Method<
    { id: PackageId; version?: VersionString | null; sighash?: Base64 | null; force?: boolean },
    boolean
  >;
  'package.remove-mirror': Method<{ id: PackageId; version: VersionString; url: string }, null>;

  /** `versions` absent/null = `"*"`; `merge` is required (omitting it is -32602). */
  'package.signer.add': Method<
    { id: PackageId; signer: Guid; versions?: VersionRangeString | null; merge: boolean },
    null
  >;
  'package.signer.remove': Method<{ id: PackageId; signer: Guid }, null>;
  /** Each value is a two-element array `[signer, scope range]`. */
  'package.signer.list': Method<{ id: PackageId }, Record<Guid, [SignerInfo, VersionRangeString]>>;

  'package.category.add': Method<{ id: string; name: LocaleString }, null>;
  'package.category.remove': Method<{ id: string }, null>;
  'package.category.add-package': Method<{ id: string; package: PackageId }, null>;
  'package.category.remove-package': Method<{ id: string; package: PackageId }, null>;
  'package.category.list': Method<EmptyParams, Record<string, Category>>;

  'os.index': Method<EmptyParams, OsIndex>;
  'os.version.add': Method<
    { version: Version; headline: string; releaseNotes: string; sourceVersion: VersionRangeString },
    null
  >;
  'os.version.remove': Method<{ version: Version }, null>;
  'os.version.get': Method<OsVersionGetParams, Record<Version, OsVersionInfo>>;
  'os.version.signer.add': Method<{ version: Version; signer: Guid }, null>;
  'os.version.signer.remove': Method<{ version: Version; signer: Guid }, null>;
  'os.version.signer.list': Method<{ version: Version }, Record<Guid, SignerInfo>>;

  'os.asset.add.iso': Method<OsAssetAddParams, null>;
  'os.asset.add.img': Method<OsAssetAddParams, null>;
  'os.asset.add.squashfs': Method<OsAssetAddParams, null>;
  'os.asset.remove.iso': Method<OsAssetRef, null>;
  'os.asset.remove.img': Method<OsAssetRef, null>;
  'os.asset.remove.squashfs': Method<OsAssetRef, null>;
  /** The caller must be in the release's `authorized` set; admin status is not enough (§3.2). */
  'os.asset.sign.iso': Method<OsAssetSignParams, null>;
  'os.asset.sign.img': Method<OsAssetSignParams, null>;
  'os.asset.sign.squashfs': Method<OsAssetSignParams, null>;
  'os.asset.get.iso': Method<OsAssetRef, RegistryAsset<Blake3Commitment>>;
  'os.asset.get.img': Method<OsAssetRef, RegistryAsset<Blake3Commitment>>;
  'os.asset.get.squashfs': Method<OsAssetRef, RegistryAsset<Blake3Commitment>>;

  'admin.signer.list': Method<EmptyParams, Record<Guid, SignerInfo>>;
  /** Result: the new signer's Guid. */
  'admin.signer.add': Method<SignerInfo, Guid>;
  /** Every array is required (send `[]`); `setName` absent/null keeps the name. */
  'admin.signer.edit': Method<
    {
      id: Guid;
      setName?: string | null;
      addContact: ContactInfo[];
      addKey: PublicKeyPem[];
      removeContact: ContactInfo[];
      removeKey: PublicKeyPem[];
    },
    null
  >;
  'admin.signer.remove': Method<{ id: Guid }, null>;
  'admin.add': Method<{ signer: Guid }, null>;
  'admin.remove': Method<{ signer: Guid }, null>;
  'admin.list': Method<EmptyParams, Record<Guid, SignerInfo>>;

  /** `pointer` is an RFC 6901 JSON Pointer into the database root (§5.2). */
  'db.dump': Method<{ pointer?: string | null }, DbDump>;
  /** `expr` is a jq filter; `path` is accepted but ignored by the server. */
  'db.apply': Method<{ expr: string; path?: string | null }, null>;

  'metrics.summary': Method<EmptyParams, MetricsSummary>;
  /** `after`/`before` are compared as strings with RFC 3339 `+00:00` timestamps (§4.9). */
  'metrics.users': Method<{ after?: string | null; before?: string | null }, MetricsUsers>;
  'metrics.downloads': Method<
    {
      pkgId?: string | null;
      version?: string | null;
      after?: string | null;
      before?: string | null;
    },
    MetricsDownloads
  >;
}

/** Dotted method name as sent in `method` (§1.4). */
export type MethodName = keyof RpcMethods;
/** Params object of method `M`. */
export type ParamsOf<M extends MethodName> = RpcMethods[M]['params'];
/** Result of method `M` (`null` for methods without a meaningful return value). */
export type ResultOf<M extends MethodName> = RpcMethods[M]['result'];

/** Access level of a method (§3.1): anyone, a registered signer, or an admin. */
export type AccessLevel = 'anon' | 'signer' | 'admin';

/** Auth metadata of one method (§3.1 flags). */
export interface MethodAccess {
  level: AccessLevel;
  /** Server injects the verified key as `params.__Auth_signer`. */
  getSigner: boolean;
  /** Server parses and applies `X-StartOS-Device-Info`. */
  deviceInfo: boolean;
}

const access = (level: AccessLevel, getSigner: boolean, deviceInfo: boolean): MethodAccess =>
  Object.freeze({ level, getSigner, deviceInfo });
const anon = access('anon', false, false);
const anonDevice = access('anon', false, true);
const signer = access('signer', false, false);
const signerWithKey = access('signer', true, false);
const admin = access('admin', false, false);
const adminWithKey = access('admin', true, false);

/**
 * The §3.2 access matrix. Handler rules beyond the level (package scopes, OS `authorized`
 * membership) are not represented; see §3.3–§3.4.
 */
export const METHOD_ACCESS: Readonly<Record<MethodName, Readonly<MethodAccess>>> = Object.freeze({
  index: signer,
  info: anon,
  'info.set-name': admin,
  'info.set-icon': admin,
  'package.index': anon,
  'package.get': anonDevice,
  'package.add': signerWithKey,
  'package.add-mirror': signerWithKey,
  'package.remove': signerWithKey,
  'package.remove-mirror': signerWithKey,
  'package.signer.add': admin,
  'package.signer.remove': admin,
  'package.signer.list': anon,
  'package.category.add': admin,
  'package.category.remove': admin,
  'package.category.add-package': admin,
  'package.category.remove-package': admin,
  'package.category.list': anon,
  'os.index': anon,
  'os.version.add': adminWithKey,
  'os.version.remove': admin,
  'os.version.get': anonDevice,
  'os.version.signer.add': admin,
  'os.version.signer.remove': admin,
  'os.version.signer.list': anon,
  'os.asset.add.iso': signerWithKey,
  'os.asset.add.img': signerWithKey,
  'os.asset.add.squashfs': signerWithKey,
  'os.asset.remove.iso': signerWithKey,
  'os.asset.remove.img': signerWithKey,
  'os.asset.remove.squashfs': signerWithKey,
  'os.asset.sign.iso': signerWithKey,
  'os.asset.sign.img': signerWithKey,
  'os.asset.sign.squashfs': signerWithKey,
  'os.asset.get.iso': anon,
  'os.asset.get.img': anon,
  'os.asset.get.squashfs': anon,
  'admin.signer.list': admin,
  'admin.signer.add': admin,
  'admin.signer.edit': admin,
  'admin.signer.remove': admin,
  'admin.add': admin,
  'admin.remove': admin,
  'admin.list': admin,
  'db.dump': admin,
  'db.apply': admin,
  'metrics.summary': admin,
  'metrics.users': admin,
  'metrics.downloads': admin,
});

/** Every method name, in table order (the keys of {@link METHOD_ACCESS}). */
export const METHOD_NAMES = Object.keys(METHOD_ACCESS) as MethodName[];

/** True when `name` is a method of the table (exact, case-sensitive match as in §1.4). */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(METHOD_ACCESS, name);
}
