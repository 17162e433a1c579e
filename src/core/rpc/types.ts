/**
 * @module
 * Wire types of the registry JSON-RPC API: scalars and index structures (spec registry-api.md §5),
 * method results that are not §5 structures (§4.3 package.get, §4.8 db.dump, §4.9 metrics) and
 * the device-info header fields (§6). Nullable keys are present as `null` on output (§5.3).
 */

/** Signer id: 32 chars of RFC 4648 Base32 without padding (§5.1). Not syntax-checked in params. */
export type Guid = string;
/** Package id matching `^[a-z0-9]+(-[a-z0-9]+)*$` (§5.1). */
export type PackageId = string;
/** Exver extended version `[#flavor:]upstream:downstream`, e.g. `28.1:0` (§5.1). Reuse the exact stored spelling. */
export type VersionString = string;
/** Exver version without downstream, e.g. `0.4.0-beta.10`; used for OS versions, `osVersion`, `sdkVersion` (§5.1). */
export type Version = string;
/** Exver range, e.g. `>=1.0.0:0 <2.0.0:0`; the server stores a re-rendered normalized form (§5.1). */
export type VersionRangeString = string;
/** Standard-alphabet Base64; emitted without padding, accepted with or without (§5.1). */
export type Base64 = string;
/** `data:<mime>;base64,<padded standard Base64>` (§5.1). */
export type DataUrl = string;
/** Plain text, or a map from locale (`en_US`) to text (§5.1). */
export type LocaleString = string | Record<string, string>;
/** Ed25519 SPKI `PUBLIC KEY` PEM; canonical form has LF line endings and a trailing LF (§2.7, §5.1). */
export type PublicKeyPem = string;
/** `SIGNATURE` PEM (§2.7, §5.1). */
export type SignaturePem = string;

/** Commitment of an s9pk archive (§5.3, §8.1). */
export interface MerkleArchiveCommitment {
  /** Base64 of the 32-byte root table-of-contents sighash. */
  rootSighash: Base64;
  /** Upper bound on the root table-of-contents size. */
  rootMaxsize: number;
}

/** Commitment of an OS image: Base64 BLAKE3 of the whole file and its length (§5.3). */
export type Blake3Commitment = { hash: Base64; size: number };

/** A downloadable file with its commitment and signatures (§5.3, `registry/asset.rs`). */
export interface RegistryAsset<C> {
  /** RFC 3339 UTC timestamp. */
  publishedAt: string;
  /** Download locations, tried in order. */
  urls: string[];
  commitment: C;
  /** Map keyed by PEM public key (the key string contains `\n`); order arbitrary. */
  signatures: Record<PublicKeyPem, SignaturePem>;
}

/** A device requirement of a hardware variant; never evaluated by the server (§5.3, §6). */
export interface DeviceFilter {
  description: string;
  class: 'processor' | 'display';
  /** Regular expression. */
  product: string | null;
  /** Regular expression. */
  vendor: string | null;
  /** Always present on output (the bindings wrongly mark it optional, §10). */
  capabilities: string[] | null;
  /** Always present on output (the bindings wrongly mark it optional, §10). */
  driver: string | null;
}

/** Identity of a hardware variant of a package version (§5.3, §5.4). */
export interface HardwareRequirements {
  device: DeviceFilter[];
  /** Minimum RAM in bytes; null = no requirement. */
  ram: number | null;
  /** Sorted set of CPU architectures; null = any. */
  arch: string[] | null;
}

/** Per-dependency display data stored with a package version (§5.3). */
export interface DependencyMetadata {
  title: LocaleString | null;
  icon: DataUrl | null;
  description: LocaleString | null;
  optional: boolean;
}

/** Short and long package description (§5.3). */
export type PackageDescription = { short: LocaleString; long: LocaleString };

/** One hardware variant: a two-element array `[requirements, asset]` (§5.3). */
export type S9pkVariant = [HardwareRequirements, RegistryAsset<MerkleArchiveCommitment>];

/** One stored package version; manifest metadata is flattened into it (§5.3). */
export interface PackageVersionInfo {
  title: string;
  description: PackageDescription;
  releaseNotes: LocaleString;
  gitHash: string | null;
  license: string;
  packageRepo: string;
  upstreamRepo: string;
  /** Nullable (the bindings wrongly say `string`, §10). */
  marketingUrl: string | null;
  donationUrl: string | null;
  osVersion: Version;
  sdkVersion: Version | null;
  hardwareAcceleration: boolean;
  userspaceFilesystems: boolean;
  virtualNetworking: boolean;
  /** Plugin ids; the only defined one is `url-v0`. */
  plugins: string[];
  satisfies: VersionString[];
  icon: DataUrl;
  dependencyMetadata: Record<PackageId, DependencyMetadata>;
  /** Always null when created by `package.add`. */
  sourceVersion: VersionRangeString | null;
  /** Hardware variants, most specific first (§5.4). */
  s9pks: S9pkVariant[];
}

/** A package: publishing scopes, versions and category ids (§5.3). */
export interface PackageInfo {
  /** Signer Guid → version range the signer may publish (§3.3). */
  authorized: Record<Guid, VersionRangeString>;
  versions: Record<VersionString, PackageVersionInfo>;
  /** Sorted unique category ids; may reference deleted categories. */
  categories: string[];
}

/** A category: only a name (§4.5, §5.3). */
export type Category = { name: LocaleString };

/** Result of `package.index` (§4.3, §5.3). */
export interface PackageIndex {
  categories: Record<string, Category>;
  packages: Record<PackageId, PackageInfo>;
}

/** Exactly one of email, Matrix id or website URL (§5.3). */
export type ContactInfo =
  | { email: string; matrix?: never; website?: never }
  | { matrix: string; email?: never; website?: never }
  | { website: string; email?: never; matrix?: never };

/** A registered signer identity (§5.3, `registry/signer.rs`). */
export interface SignerInfo {
  name: string;
  /** Ordered; duplicates possible. */
  contact: ContactInfo[];
  /** A set; order arbitrary and not stable. */
  keys: PublicKeyPem[];
}

/** One StartOS release and its image assets keyed by platform (§5.3). */
export interface OsVersionInfo {
  headline: string;
  /** Plain string, not a LocaleString. */
  releaseNotes: string;
  /** OS versions allowed to upgrade to this one. */
  sourceVersion: VersionRangeString;
  /** Sorted set of signer Guids allowed to manage the assets (§3.4). */
  authorized: Guid[];
  iso: Record<string, RegistryAsset<Blake3Commitment>>;
  squashfs: Record<string, RegistryAsset<Blake3Commitment>>;
  img: Record<string, RegistryAsset<Blake3Commitment>>;
}

/** Result of `os.index` (§4.6, §5.3). */
export interface OsIndex {
  versions: Record<Version, OsVersionInfo>;
}

/** Result of `index`: the whole public index (§4.1, §5.3). */
export interface FullIndex {
  name: string | null;
  icon: DataUrl | null;
  package: PackageIndex;
  os: OsIndex;
  signers: Record<Guid, SignerInfo>;
}

/** Database root as stored (§5.2); `db.dump` returns it raw, so legacy keys may appear. */
export interface RegistryDatabase {
  migrations: string[];
  /** The admin set (sorted). */
  admins: Guid[];
  index: FullIndex;
}

/** Result of `info` (§4.2). */
export interface RegistryInfo {
  name: string | null;
  icon: DataUrl | null;
  categories: Record<string, Category>;
}

/** Detail level of `package.get` for non-best versions; server default `short` (§4.3). */
export type OtherVersionsLevel = 'none' | 'short' | 'full';

/** What `otherVersions: "short"` keeps of a version (§4.3). */
export type PackageVersionShort = { releaseNotes: LocaleString };

/** `package.get` for one id with `otherVersions: "none"`: the `otherVersions` key is absent (§4.3). */
export interface PackageGetNone {
  categories: string[];
  best: Record<VersionString, PackageVersionInfo>;
}

/** `package.get` for one id with `otherVersions: "short"` (or absent/null) (§4.3). */
export interface PackageGetShort extends PackageGetNone {
  otherVersions: Record<VersionString, PackageVersionShort>;
}

/** `package.get` for one id with `otherVersions: "full"` (§4.3). */
export interface PackageGetFull extends PackageGetNone {
  otherVersions: Record<VersionString, PackageVersionInfo>;
}

/** Per-package `package.get` object for a level `L` (distributes over unions; null/absent = short). */
export type PackageGetEntryFor<L> = L extends 'none'
  ? PackageGetNone
  : L extends 'full'
    ? PackageGetFull
    : PackageGetShort;

/** `package.get` without `id`: only packages with at least one kept version (§4.3). */
export type PackageGetAll<E = PackageGetNone | PackageGetShort | PackageGetFull> = Record<
  PackageId,
  E
>;

/**
 * Exact `package.get` result for params type `P`: per-package object when `id` is a string,
 * map by id when `id` is absent/null, the union when unknown (§4.3).
 */
export type PackageGetResultFor<P> = IdResult<
  'id' extends keyof P ? P['id'] : undefined,
  PackageGetEntryFor<'otherVersions' extends keyof P ? P['otherVersions'] : undefined>
>;
type IdResult<I, E> = I extends string ? E : PackageGetAll<E>;

/** Every possible `package.get` result. */
export type PackageGetResult = PackageGetEntryFor<OtherVersionsLevel> | PackageGetAll;

/** Result of `db.dump`: revision id and the raw JSON at the pointer, or null if absent (§4.8). */
export type DbDump = { id: number; value: unknown };

/** A labelled count; lists are sorted by count descending, null labels become `unknown` (§4.9). */
export type CountEntry = { label: string; count: number };

/** Result of `metrics.summary` (§4.9). Counts are plain JSON numbers. */
export interface MetricsSummary {
  totalCheckins: number;
  uniqueServers: number;
  totalPackageRequests: number;
  byArch: CountEntry[];
  byOsVersion: CountEntry[];
}

/** Result of `metrics.users` (§4.9). */
export type MetricsUsers = { uniqueServers: number; totalCheckins: number };

/** One row of `metrics.downloads` `byPackageVersion`; a null version becomes `unknown` (§4.9). */
export interface PackageVersionCount {
  pkgId: string;
  version: string;
  count: number;
}

/** Result of `metrics.downloads` (§4.9). */
export interface MetricsDownloads {
  totalRequests: number;
  byPackage: CountEntry[];
  byPackageVersion: PackageVersionCount[];
}

/**
 * Fields of the `X-StartOS-Device-Info` header (§6). Header keys: `os.version`, `os.compat`,
 * `os.platform`, `os.language`, `hardware.arch`, `hardware.ram`; `hardware` is all or nothing.
 */
export interface DeviceInfo {
  os: {
    version: Version;
    /** Range of package `osVersion` values the device can run. */
    compat: VersionRangeString;
    /** e.g. `x86_64`, `x86_64-nonfree`, `aarch64`, `raspberrypi`. */
    platform: string;
    /** Locale such as `en_US`. */
    language?: string;
  };
  /** CPU architecture and RAM in bytes. */
  hardware?: { arch: string; ram: number };
}
