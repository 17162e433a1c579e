/**
 * @module
 * Device filtering of package versions (spec/registry-api.md §6), as `package.get` applies it
 * for a device: the version's `osVersion` must satisfy `os.compat`; with `hardware.*`, a variant
 * is kept when (`arch` is null or contains the device arch) and (`ram` is null or ≤ device RAM);
 * a version with no kept variant is hidden; kept variants are re-sorted fewest device filters
 * first, then fewest architectures (null last), then lowest RAM. Device filters are never
 * evaluated by the registry (the device checks them itself). Pure.
 */
import { parseRange, parseVersion, satisfiesVersion, type VersionRange } from '../exver/index.ts';
import type { DeviceInfo, HardwareRequirements, PackageVersionInfo, S9pkVariant } from '../rpc/types.ts';

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
  info: Pick<PackageVersionInfo, 'osVersion'>,
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
  info: Pick<PackageVersionInfo, 'osVersion' | 's9pks'>,
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
