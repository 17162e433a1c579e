/**
 * @module
 * Registry variant identity of an s9pk (spec/s9pk-format.md §7): the manifest's
 * `hardwareRequirements` verbatim plus the commitment, the §7.3 equalities and the §7.4
 * relation between two files of one id + version.
 */
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { parseBase64 } from '../bytes/base64.ts';
import { equalBytes } from '../bytes/bytes.ts';
import type { DeviceFilter, HardwareRequirements } from './manifest.ts';
import type { OpenedS9pk } from './open.ts';

export interface VariantIdentity {
  id: string;
  /** The manifest's version string, exactly (the registry keys by it). */
  version: string;
  hardwareRequirements: HardwareRequirements;
  commitment: MerkleArchiveCommitmentWire;
}

/** The variant identity of an opened archive. */
export function variantIdentity(s9pk: OpenedS9pk): VariantIdentity {
  const m = s9pk.manifest;
  return {
    id: m.id,
    version: m.version,
    hardwareRequirements: m.hardwareRequirements,
    commitment: s9pk.commitment,
  };
}

/** DeviceFilter equality; `description` is ignored, an absent optional key equals null (§7.3). */
export function deviceFilterEqual(a: DeviceFilter, b: DeviceFilter): boolean {
  const caps = (f: DeviceFilter) =>
    f.capabilities == null ? null : JSON.stringify(f.capabilities);
  return (
    a.class === b.class &&
    a.product === b.product &&
    a.vendor === b.vendor &&
    caps(a) === caps(b) &&
    (a.driver ?? null) === (b.driver ?? null)
  );
}

/** §7.3: device lists equal in order, ram equal, arch equal as sets (null ≠ any set). */
export function hardwareRequirementsEqual(
  a: HardwareRequirements,
  b: HardwareRequirements,
): boolean {
  if (a.ram !== b.ram || a.device.length !== b.device.length) return false;
  if (!a.device.every((d, i) => deviceFilterEqual(d, b.device[i]!))) return false;
  if (a.arch === null || b.arch === null) return a.arch === b.arch;
  const sa = new Set(a.arch);
  const sb = new Set(b.arch);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Asset identity: equal root sighash bytes (padding-insensitive) and max size. */
export function commitmentsEqual(
  a: MerkleArchiveCommitmentWire,
  b: MerkleArchiveCommitmentWire,
): boolean {
  try {
    return (
      a.rootMaxsize === b.rootMaxsize &&
      equalBytes(parseBase64(a.rootSighash), parseBase64(b.rootSighash))
    );
  } catch {
    return false;
  }
}

/** §7.4 step 5 sort key (ascending): more device filters, then fewer arches, then less RAM first. */
export function variantSortKey(h: HardwareRequirements): [number, number, number] {
  const max = 2 ** 32 - 1;
  return [max - h.device.length, h.arch === null ? max : new Set(h.arch).size, h.ram ?? 0];
}

/**
 * How a new file relates to an existing one of the registry (§7.4), ignoring metadata conflicts
 * (those need the manifests, icons and dependency metadata compared, §7.4 step 1).
 */
export type VariantRelation = 'other-package' | 'same-file' | 'replacement' | 'new-variant';

export function relateVariants(
  existing: VariantIdentity,
  incoming: VariantIdentity,
): VariantRelation {
  if (existing.id !== incoming.id || existing.version !== incoming.version) return 'other-package';
  if (!hardwareRequirementsEqual(existing.hardwareRequirements, incoming.hardwareRequirements))
    return 'new-variant';
  return commitmentsEqual(existing.commitment, incoming.commitment) ? 'same-file' : 'replacement';
}
