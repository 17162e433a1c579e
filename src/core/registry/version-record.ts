/**
 * @module
 * The index entry the registry builds from one s9pk (`PackageVersionInfo::from_s9pk`,
 * spec/s9pk-format.md §7.2, spec/registry-api.md §4.3 step 6): manifest metadata, icon as a
 * data URL, dependency metadata and one hardware variant with its signatures.
 * `assembleVersionInfo` is the pure part, shared by the stand-in server (from an opened
 * archive, `buildVersionRecord`) and the console's pre-flight (from the worker's inspection).
 */
import { CoreError } from '../errors.ts';
import { encodeSignaturePem } from '../sign/signature.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import type { Manifest } from '../s9pk/manifest.ts';
import type { OpenedS9pk } from '../s9pk/open.ts';
import { iconDataUrl, readDependencyMetadata, readIcon } from '../s9pk/members.ts';
import { commitmentsEqual } from '../s9pk/variant.ts';
import type { DependencyMetadata, HardwareRequirements, PackageVersionInfo, RegistryAsset } from '../rpc/types.ts';
import { pluginSet, versionSet } from './metadata-sets.ts';
import { setOwn } from './own-key.ts';

export interface VersionRecordInput {
  archive: OpenedS9pk;
  urls: string[];
  /** RFC 3339 publication time. */
  publishedAt: string;
  /** `osVersion` used when the manifest has none (upstream: the registry's own OS version). */
  defaultOsVersion: string;
  /** The uploader's signature over the supplied commitment (`package.add` params). */
  uploader?: { keyPem: string; signaturePem: string; commitment: MerkleArchiveCommitmentWire };
}

export interface VersionRecord {
  id: string;
  version: string;
  info: PackageVersionInfo;
}

/** Everything `assembleVersionInfo` needs, already read from the archive. */
export interface VersionInfoParts {
  manifest: Manifest;
  /** `data:<mime>;base64,…` of the package icon (§5.3). */
  iconDataUrl: string;
  /** One entry per manifest dependency (§7.2). */
  dependencyMetadata: Record<string, DependencyMetadata>;
  /** The one variant's asset: publication time, URLs, commitment, signatures. */
  asset: RegistryAsset<MerkleArchiveCommitmentWire>;
  /** `osVersion` used when the manifest has none. */
  defaultOsVersion: string;
}

/** RFC 3339 UTC with `Z` and fractional seconds only as needed (chrono AutoSi). */
export function rfc3339(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

function url(value: string | null, field: string): string | null {
  if (value === null) return null;
  try {
    return new URL(value).href;
  } catch {
    throw new CoreError('S9PK_BAD_MANIFEST', `manifest ${field} is not an absolute URL: ${value}`, { field });
  }
}

/** Hardware requirements exactly as the index stores them (capabilities/driver present). */
export function indexHardware(hw: Manifest['hardwareRequirements']): HardwareRequirements {
  return {
    device: hw.device.map((d) => ({ ...d, capabilities: d.capabilities ?? null, driver: d.driver ?? null })),
    ram: hw.ram,
    arch: hw.arch === null ? null : [...new Set(hw.arch)].sort(),
  };
}

/**
 * The index record of one archive (§7.2) from its parts; pure.
 * @throws CoreError `S9PK_BAD_MANIFEST` when a manifest URL is not absolute, a plugin id is
 *   unknown or a `satisfies` entry is not a version.
 */
export function assembleVersionInfo(parts: VersionInfoParts): PackageVersionInfo {
  const m = parts.manifest;
  return {
    title: m.title,
    description: m.description,
    releaseNotes: m.releaseNotes,
    gitHash: m.gitHash,
    license: m.license,
    packageRepo: url(m.packageRepo || 'https://example.com/', 'packageRepo')!,
    upstreamRepo: url(m.upstreamRepo, 'upstreamRepo')!,
    marketingUrl: url(m.marketingUrl, 'marketingUrl'),
    donationUrl: url(m.donationUrl, 'donationUrl'),
    osVersion: m.osVersion ?? parts.defaultOsVersion,
    sdkVersion: m.sdkVersion,
    hardwareAcceleration: m.hardwareAcceleration,
    userspaceFilesystems: m.userspaceFilesystems,
    virtualNetworking: m.virtualNetworking,
    plugins: pluginSet(m.plugins),
    satisfies: versionSet(m.satisfies),
    icon: parts.iconDataUrl,
    dependencyMetadata: parts.dependencyMetadata,
    sourceVersion: null,
    s9pks: [[indexHardware(m.hardwareRequirements), parts.asset]],
  };
}

/**
 * Builds the record; reads the icon and dependency members (verified).
 * @throws CoreError `S9PK_NOT_FOUND` ("no icon found in archive"), `S9PK_BAD_MANIFEST`, and
 *   the read errors of the archive.
 */
export async function buildVersionRecord(input: VersionRecordInput): Promise<VersionRecord> {
  const { archive } = input;
  const icon = await readIcon(archive);
  if (!icon) throw new CoreError('S9PK_NOT_FOUND', 'no icon found in archive', { path: 'icon' });
  const deps: Record<string, DependencyMetadata> = {};
  for (const [id, d] of await readDependencyMetadata(archive)) {
    setOwn(deps, id, { title: d.title, icon: d.icon ? iconDataUrl(d.icon) : null, description: d.description, optional: d.optional });
  }
  const signatures: Record<string, string> = {
    [archive.signer.pem]: encodeSignaturePem(archive.header.signature),
  };
  const up = input.uploader;
  if (up && up.keyPem !== archive.signer.pem && commitmentsEqual(up.commitment, archive.commitment)) {
    signatures[up.keyPem] = up.signaturePem;
  }
  const info = assembleVersionInfo({
    manifest: archive.manifest,
    iconDataUrl: iconDataUrl(icon),
    dependencyMetadata: deps,
    asset: { publishedAt: input.publishedAt, urls: input.urls, commitment: archive.commitment, signatures },
    defaultOsVersion: input.defaultOsVersion,
  });
  return { id: archive.manifest.id, version: archive.manifest.version, info };
}
