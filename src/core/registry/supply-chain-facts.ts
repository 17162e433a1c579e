/**
 * @module
 * What the supply-chain diff compares (issue #14 item 4), taken either from an archive's
 * manifest (spec/s9pk-format.md §6.2) or from a version's index record (spec/registry-api.md
 * §5.3). The index keeps no images and no developer key of its own, so those facts may be
 * unknown (null) there; a variant whose only signature is one key was signed by its developer
 * alone (the registry always keeps the archive's own signature, §4.3 step 6).
 */
import type { PackageVersionInfo, RegistryAsset } from '../rpc/types.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { canonicalPublicKeyPem } from '../sign/public-key.ts';
import type { Manifest } from '../s9pk/manifest.ts';

/** The architecture token of a variant or image that runs anywhere (`arch: null`). */
export const ANY_ARCH = '*';

export const HARDWARE_FLAGS = ['hardwareAcceleration', 'userspaceFilesystems', 'virtualNetworking'] as const;
export type HardwareFlag = (typeof HARDWARE_FLAGS)[number];

export interface SupplyChainFacts {
  version: string;
  /** Canonical `PUBLIC KEY` PEMs of the archives' developer keys, sorted; null when any is unknown. */
  developerKeys: string[] | null;
  packageRepo: string;
  upstreamRepo: string;
  license: string;
  /** Minimum StartOS version (null: the manifest leaves it to the registry). */
  osVersion: string | null;
  flags: Record<HardwareFlag, boolean>;
  plugins: string[];
  /** Dependency id → whether it is optional. The manifest declares no version ranges. */
  dependencies: Record<string, { optional: boolean }>;
  /** Union of the variants' architectures, sorted; {@link ANY_ARCH} for a variant without a list. */
  architectures: string[];
  /** Image id → its architectures; null when unknown (the index keeps no images). */
  images: Record<string, string[]> | null;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function flagsOf(m: Pick<Manifest, HardwareFlag>): Record<HardwareFlag, boolean> {
  return { hardwareAcceleration: m.hardwareAcceleration, userspaceFilesystems: m.userspaceFilesystems, virtualNetworking: m.virtualNetworking };
}

function canonicalKey(pem: string): string | null {
  try {
    return canonicalPublicKeyPem(pem);
  } catch {
    return null;
  }
}

/** Facts of an archive about to be added, from its manifest and its header's key PEM. */
export function factsFromManifest(manifest: Manifest, developerKeyPem: string): SupplyChainFacts {
  const key = canonicalKey(developerKeyPem);
  return {
    version: manifest.version,
    developerKeys: key === null ? null : [key],
    packageRepo: manifest.packageRepo,
    upstreamRepo: manifest.upstreamRepo,
    license: manifest.license,
    osVersion: manifest.osVersion,
    flags: flagsOf(manifest),
    plugins: sorted(manifest.plugins),
    dependencies: Object.fromEntries(Object.entries(manifest.dependencies).map(([id, d]) => [id, { optional: d.optional }])),
    architectures: sorted(manifest.hardwareRequirements.arch ?? [ANY_ARCH]),
    images: Object.fromEntries(Object.entries(manifest.images).map(([id, img]) => [id, sorted(img.arch)])),
  };
}

/**
 * The developer key of an indexed variant when its signatures tell it: a single signature is
 * the archive's own. With several, only the file's header can say (null).
 */
export function soleSignatureKey(asset: RegistryAsset<MerkleArchiveCommitmentWire>): string | null {
  const keys = Object.keys(asset.signatures);
  return keys.length === 1 ? canonicalKey(keys[0]!) : null;
}

/**
 * Facts of an indexed version. `developerKeyOf` gives each variant's developer key PEM when
 * known (e.g. read from the file's header); by default only the sole-signature rule is used.
 */
export function factsFromVersionInfo(
  version: string,
  info: PackageVersionInfo,
  developerKeyOf: (asset: RegistryAsset<MerkleArchiveCommitmentWire>) => string | null = soleSignatureKey,
): SupplyChainFacts {
  const keys = info.s9pks.map(([, asset]) => {
    const pem = developerKeyOf(asset) ?? soleSignatureKey(asset);
    return pem === null ? null : canonicalKey(pem);
  });
  return {
    version,
    developerKeys: keys.length === 0 || keys.some((k) => k === null) ? null : sorted(keys.filter((k) => k !== null)),
    packageRepo: info.packageRepo,
    upstreamRepo: info.upstreamRepo,
    license: info.license,
    osVersion: info.osVersion,
    flags: flagsOf(info),
    plugins: sorted(info.plugins),
    dependencies: Object.fromEntries(Object.entries(info.dependencyMetadata).map(([id, d]) => [id, { optional: d.optional }])),
    architectures: sorted(info.s9pks.flatMap(([hw]) => hw.arch ?? [ANY_ARCH])),
    images: null,
  };
}
