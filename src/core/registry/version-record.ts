/**
 * @module
 * The index entry the registry builds from one s9pk (`PackageVersionInfo::from_s9pk`,
 * spec/s9pk-format.md §7.2, spec/registry-api.md §4.3 step 6): manifest metadata, icon as a
 * data URL, dependency metadata and one hardware variant with its signatures.
 */
import { CoreError } from '../errors.ts';
import { parseBase64 } from '../bytes/base64.ts';
import { equalBytes } from '../bytes/bytes.ts';
import { encodeSignaturePem } from '../sign/signature.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import type { OpenedS9pk } from '../s9pk/open.ts';
import { iconDataUrl, readDependencyMetadata, readIcon } from '../s9pk/members.ts';
import type { DependencyMetadata, HardwareRequirements, PackageVersionInfo } from '../rpc/types.ts';

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

function sameCommitment(a: MerkleArchiveCommitmentWire, b: MerkleArchiveCommitmentWire): boolean {
  try {
    return equalBytes(parseBase64(a.rootSighash), parseBase64(b.rootSighash)) && a.rootMaxsize === b.rootMaxsize;
  } catch {
    return false;
  }
}

/** Hardware requirements exactly as the index stores them (capabilities/driver present). */
export function indexHardware(hw: OpenedS9pk['manifest']['hardwareRequirements']): HardwareRequirements {
  return {
    device: hw.device.map((d) => ({ ...d, capabilities: d.capabilities ?? null, driver: d.driver ?? null })),
    ram: hw.ram,
    arch: hw.arch === null ? null : [...new Set(hw.arch)].sort(),
  };
}

/**
 * Builds the record; reads the icon and dependency members (verified).
 * @throws CoreError `S9PK_NOT_FOUND` ("no icon found in archive"), `S9PK_BAD_MANIFEST`, and
 *   the read errors of the archive.
 */
export async function buildVersionRecord(input: VersionRecordInput): Promise<VersionRecord> {
  const { archive } = input;
  const m = archive.manifest;
  const icon = await readIcon(archive);
  if (!icon) throw new CoreError('S9PK_NOT_FOUND', 'no icon found in archive', { path: 'icon' });
  const deps: Record<string, DependencyMetadata> = {};
  for (const [id, d] of await readDependencyMetadata(archive)) {
    deps[id] = { title: d.title, icon: d.icon ? iconDataUrl(d.icon) : null, description: d.description, optional: d.optional };
  }
  const signatures: Record<string, string> = {
    [archive.signer.pem]: encodeSignaturePem(archive.header.signature),
  };
  const up = input.uploader;
  if (up && up.keyPem !== archive.signer.pem && sameCommitment(up.commitment, archive.commitment)) {
    signatures[up.keyPem] = up.signaturePem;
  }
  const info: PackageVersionInfo = {
    title: m.title,
    description: m.description,
    releaseNotes: m.releaseNotes,
    gitHash: m.gitHash,
    license: m.license,
    packageRepo: url(m.packageRepo || 'https://example.com/', 'packageRepo')!,
    upstreamRepo: url(m.upstreamRepo, 'upstreamRepo')!,
    marketingUrl: url(m.marketingUrl, 'marketingUrl'),
    donationUrl: url(m.donationUrl, 'donationUrl'),
    osVersion: m.osVersion ?? input.defaultOsVersion,
    sdkVersion: m.sdkVersion,
    hardwareAcceleration: m.hardwareAcceleration,
    userspaceFilesystems: m.userspaceFilesystems,
    virtualNetworking: m.virtualNetworking,
    plugins: m.plugins,
    satisfies: m.satisfies,
    icon: iconDataUrl(icon),
    dependencyMetadata: deps,
    sourceVersion: null,
    s9pks: [
      [
        indexHardware(m.hardwareRequirements),
        { publishedAt: input.publishedAt, urls: input.urls, commitment: archive.commitment, signatures },
      ],
    ],
  };
  return { id: m.id, version: m.version, info };
}
