/**
 * @module
 * Why a device is or is not offered each StartOS release (spec registry-api.md §4.6
 * `os.version.get`, §6): a release is offered when the device's platform is a key of its
 * `squashfs` map and the device's OS version satisfies its `sourceVersion` range (checked once
 * for the parameter and again by the device-info filter, so an explicit `sourceVersion` does
 * not help). The registry's answer decides what is offered; this names the reasons for the
 * rest. Pure; no DOM.
 */
import { parseRange, parseVersion, satisfiesVersion } from '../exver/index.ts';
import type { DeviceInfo, OsIndex } from '../rpc/types.ts';
import { osVersionsNewestFirst } from './os-release.ts';

/** A device as the update preview describes it. */
export interface OsDevice {
  /** StartOS version, e.g. `0.3.5.1`. */
  version: string;
  /** e.g. `x86_64`, `raspberrypi`. */
  platform: string;
}

export type OsHiddenReason =
  /** No `squashfs` image for the device's platform (the only image an update installs). */
  | 'no-platform-image'
  /** The device's version is outside the release's `sourceVersion` range. */
  | 'source-range'
  /** The registry hid it for a reason not derived here (e.g. its index changed meanwhile). */
  | 'registry';

export interface OsOfferRow {
  version: string;
  offered: boolean;
  reasons: OsHiddenReason[];
}

/**
 * The `X-StartOS-Device-Info` fields for `device` (§6): `os.compat` as StartOS sends it.
 * Never a `serverId` or hardware: a preview must not count as a device check-in.
 */
export function osDeviceInfo(device: OsDevice): DeviceInfo {
  return {
    os: {
      version: device.version,
      compat: `>=0.3.0:0 <=${device.version}:0`,
      platform: device.platform,
    },
  };
}

/** True when `version` is an OS version the registry would read (a device form check). */
export function isOsVersion(version: string): boolean {
  try {
    parseVersion(version);
    return true;
  } catch {
    return false;
  }
}

function outsideSource(device: OsDevice, range: string): boolean {
  try {
    return !satisfiesVersion(parseVersion(device.version), parseRange(range, 'lenient'));
  } catch {
    return true;
  }
}

/**
 * Every release of `index`, newest first, with whether `offered` (the registry's answer to
 * `os.version.get` for the device) contains it and, if not, why.
 */
export function explainOsOffer(
  index: OsIndex,
  device: OsDevice,
  offered: ReadonlySet<string>,
): OsOfferRow[] {
  return osVersionsNewestFirst(Object.keys(index.versions)).map((version) => {
    if (offered.has(version)) return { version, offered: true, reasons: [] };
    const info = index.versions[version]!;
    const reasons: OsHiddenReason[] = [];
    if (!Object.hasOwn(info.squashfs, device.platform)) reasons.push('no-platform-image');
    if (outsideSource(device, info.sourceVersion)) reasons.push('source-range');
    return { version, offered: false, reasons: reasons.length ? reasons : ['registry'] };
  });
}
