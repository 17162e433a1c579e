/**
 * @module
 * "View as device": predicts from `package.index` what `package.get` offers a device (spec
 * registry-api.md §6) and explains why each hidden version or variant is hidden, then lines the
 * prediction up with the registry's actual answer. Pure; the registry's answer stays the truth
 * shown to the user, the prediction supplies the reasons.
 *
 * Rules (§6, applied per stored version): the version's `osVersion` must satisfy `os.compat`;
 * with `hardware.*`, a variant is kept when (`arch` is null or contains the device arch) and
 * (`ram` is null or ≤ device RAM); a version with no kept variant is hidden; kept variants are
 * re-sorted fewest device filters first, then fewest architectures (null last), then lowest RAM.
 * Device filters are never evaluated by the registry (the device checks them itself).
 */
import {
  compareExtendedVersion,
  parseExtendedVersion,
  parseRange,
  parseVersion,
  satisfiesVersion,
  type VersionRange,
} from '../../../../core/exver/index.ts';
import type {
  DeviceInfo,
  HardwareRequirements,
  PackageInfo,
  PackageVersionInfo,
  S9pkVariant,
} from '../../../../core/rpc/types.ts';
import { formatBytes } from './format.ts';
import { sortVersionsDesc } from './versions.ts';
import { hasOwnKey } from '../../../../core/registry/own-key.ts';
import { translate } from '../../../i18n/i18n.ts';

export type HiddenReason =
  | { kind: 'os'; osVersion: string; compat: string }
  | { kind: 'os-unreadable'; osVersion: string }
  | { kind: 'arch'; arch: string; supported: string[] }
  | { kind: 'ram'; required: number; available: number }
  | { kind: 'no-variant' };

export interface VariantCheck {
  /** Position in the stored `s9pks` array. */
  position: number;
  hardware: HardwareRequirements;
  /** Empty when the variant is kept. */
  reasons: HiddenReason[];
}

/** Where a version ended up in the registry's answer; null when there is no answer to compare. */
export type Offered = 'best' | 'other' | 'hidden' | null;

export interface VersionCheck {
  version: string;
  osVersion: string;
  /** Version-level reasons (OS, or no kept variant); empty when the version is expected. */
  reasons: HiddenReason[];
  variants: VariantCheck[];
  /** The prediction: offered to the device. */
  expected: boolean;
  /** Predicted order of kept variants, as positions in the stored `s9pks`. */
  expectedOrder: number[];
  /** What the registry answered. */
  offered: Offered;
}

export interface DeviceExplanation {
  /** Every version of the index, newest first. */
  versions: VersionCheck[];
  /** Predicted `best` per flavor lineage. */
  expectedBest: string[];
  /** Versions the registry offered that the index does not have (the index is out of date). */
  onlyInAnswer: string[];
  /** Versions where prediction and answer disagree (offered vs hidden). */
  disagreements: string[];
}

/** The parts of a `package.get` answer the explanation reads. */
export interface DeviceAnswer {
  best: Record<string, unknown>;
  otherVersions?: Record<string, unknown>;
}

/** The compat range current StartOS sends for its own version (§6). */
export function compatRange(osVersion: string): string {
  return `>=0.3.0:0 <=${osVersion}:0`;
}

/** Why a variant is hidden from a device with `hardware` (empty = kept, or no hardware sent). */
export function checkVariant(
  hw: HardwareRequirements,
  hardware: DeviceInfo['hardware'],
): HiddenReason[] {
  if (!hardware) return [];
  const reasons: HiddenReason[] = [];
  if (hw.arch !== null && !hw.arch.includes(hardware.arch))
    reasons.push({ kind: 'arch', arch: hardware.arch, supported: hw.arch });
  if (hw.ram !== null && hw.ram > hardware.ram)
    reasons.push({ kind: 'ram', required: hw.ram, available: hardware.ram });
  return reasons;
}

/** Device order of kept variants (§6 step 2): positions in the input array, stable. */
export function deviceVariantOrder(
  variants: readonly S9pkVariant[],
  positions: readonly number[],
): number[] {
  const key = (p: number): [number, number, number] => {
    const hw = variants[p]![0];
    return [hw.device.length, hw.arch === null ? Infinity : hw.arch.length, hw.ram ?? 0];
  };
  return [...positions].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return a - b;
  });
}

function osReason(
  info: PackageVersionInfo,
  compat: VersionRange,
  compatText: string,
): HiddenReason | null {
  let ok: boolean;
  try {
    ok = satisfiesVersion(parseVersion(info.osVersion), compat);
  } catch {
    return { kind: 'os-unreadable', osVersion: info.osVersion };
  }
  return ok ? null : { kind: 'os', osVersion: info.osVersion, compat: compatText };
}

/** Prediction for one stored version. */
export function checkVersion(
  version: string,
  info: PackageVersionInfo,
  device: DeviceInfo,
  compat: VersionRange = parseRange(device.os.compat),
): VersionCheck {
  const variants = info.s9pks.map(([hw], position) => ({
    position,
    hardware: hw,
    reasons: checkVariant(hw, device.hardware),
  }));
  const kept = variants.filter((v) => v.reasons.length === 0).map((v) => v.position);
  const reasons: HiddenReason[] = [];
  const os = osReason(info, compat, device.os.compat);
  if (os) reasons.push(os);
  else if (device.hardware && kept.length === 0) reasons.push({ kind: 'no-variant' });
  return {
    version,
    osVersion: info.osVersion,
    reasons,
    variants,
    expected: reasons.length === 0,
    expectedOrder: device.hardware ? deviceVariantOrder(info.s9pks, kept) : kept,
    offered: null,
  };
}

/** Greatest expected version per flavor lineage (§4.3 step 3). */
function predictBest(checks: readonly VersionCheck[]): string[] {
  const best = new Map<
    string | null,
    { key: string; v: ReturnType<typeof parseExtendedVersion> }
  >();
  for (const c of checks) {
    if (!c.expected) continue;
    let v;
    try {
      v = parseExtendedVersion(c.version);
    } catch {
      continue;
    }
    const cur = best.get(v.flavor);
    if (!cur || compareExtendedVersion(v, cur.v) === 1) best.set(v.flavor, { key: c.version, v });
  }
  return sortVersionsDesc([...best.values()].map((b) => b.key));
}

/**
 * Explains a package for a device, compared with the registry's answer when there is one.
 * @throws CoreError `EXVER_SYNTAX` when `device.os.compat` does not parse (validate first).
 */
export function explainDevice(
  pkg: PackageInfo,
  device: DeviceInfo,
  answer: DeviceAnswer | null,
): DeviceExplanation {
  const compat = parseRange(device.os.compat);
  const offered = (key: string): Offered => {
    if (!answer) return null;
    if (hasOwnKey(answer.best, key)) return 'best';
    if (hasOwnKey(answer.otherVersions, key)) return 'other';
    return 'hidden';
  };
  const versions = sortVersionsDesc(Object.keys(pkg.versions)).map((key) => ({
    ...checkVersion(key, pkg.versions[key]!, device, compat),
    offered: offered(key),
  }));
  const answered = answer
    ? [...Object.keys(answer.best), ...Object.keys(answer.otherVersions ?? {})]
    : [];
  return {
    versions,
    expectedBest: predictBest(versions),
    onlyInAnswer: sortVersionsDesc(answered.filter((k) => !hasOwnKey(pkg.versions, k))),
    disagreements: versions
      .filter((v) => v.offered !== null && v.expected !== (v.offered !== 'hidden'))
      .map((v) => v.version),
  };
}

/** One reason in words of the active language. */
export function describeReason(r: HiddenReason): string {
  switch (r.kind) {
    case 'os':
      return translate('device.reasonOs', { os: r.osVersion, compat: r.compat });
    case 'os-unreadable':
      return translate('device.reasonOsUnreadable', { os: r.osVersion });
    case 'arch':
      return translate('device.reasonArch', { arch: r.arch, supported: r.supported.join(', ') || translate('signer.none') });
    case 'ram':
      return translate('device.reasonRam', { required: formatBytes(r.required), available: formatBytes(r.available) });
    case 'no-variant':
      return translate('device.reasonNoVariant');
  }
}
