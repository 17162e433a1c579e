/**
 * @module
 * The "view as device" form: its fields, defaults (the newest `osVersion` in the index, at least
 * 0.4.0-beta.10), URL form (`?os=&platform=&arch=&ram=&lang=`, so a preview can be shared) and
 * conversion to the `X-StartOS-Device-Info` fields (spec registry-api.md §6).
 */
import { compareVersion, parseVersion } from '../../../../core/exver/index.ts';
import type { DeviceInfo, PackageIndex } from '../../../../core/rpc/types.ts';
import { compatRange } from '../../../../core/registry/device-filter.ts';
import { localeFromTag } from '../../../lib/language.ts';
import { translate } from '../../../i18n/i18n.ts';

export const DEFAULT_OS_VERSION = '0.4.0-beta.10';
export const ARCHES = ['x86_64', 'aarch64', 'riscv64'] as const;
/** StartOS platform strings (spec §4.6, §6) and the CPU architecture each implies. */
export const PLATFORMS: readonly { id: string; arch: (typeof ARCHES)[number] }[] = [
  { id: 'x86_64', arch: 'x86_64' },
  { id: 'x86_64-nonfree', arch: 'x86_64' },
  { id: 'aarch64', arch: 'aarch64' },
  { id: 'aarch64-nonfree', arch: 'aarch64' },
  { id: 'raspberrypi', arch: 'aarch64' },
  { id: 'riscv64', arch: 'riscv64' },
];

/** Field values as typed (strings), so invalid input can be shown and corrected. */
export interface DeviceForm {
  osVersion: string;
  platform: string;
  arch: string;
  /** RAM in GiB, decimal allowed. */
  ramGiB: string;
  /** Locale such as `en_US`. */
  language: string;
}

export type DeviceFormErrors = Partial<Record<keyof DeviceForm, string>>;

const PARAMS: Record<keyof DeviceForm, string> = {
  osVersion: 'os',
  platform: 'platform',
  arch: 'arch',
  ramGiB: 'ram',
  language: 'lang',
};

/** The newest `osVersion` any package version was built for, or null. */
export function newestOsVersion(index: PackageIndex): string | null {
  let best: { text: string; v: ReturnType<typeof parseVersion> } | null = null;
  for (const pkg of Object.values(index.packages)) {
    for (const info of Object.values(pkg.versions)) {
      let v;
      try {
        v = parseVersion(info.osVersion);
      } catch {
        continue;
      }
      if (!best || compareVersion(v, best.v) > 0) best = { text: info.osVersion, v };
    }
  }
  return best?.text ?? null;
}

/** Defaults: newest OS in the index (at least {@link DEFAULT_OS_VERSION}), x86_64, 8 GiB. */
export function defaultDeviceForm(
  index: PackageIndex | undefined,
  browserLanguage: string,
): DeviceForm {
  const newest = index ? newestOsVersion(index) : null;
  const osVersion =
    newest !== null && compareVersion(parseVersion(newest), parseVersion(DEFAULT_OS_VERSION)) > 0
      ? newest
      : DEFAULT_OS_VERSION;
  return {
    osVersion,
    platform: 'x86_64',
    arch: 'x86_64',
    ramGiB: '8',
    language: localeFromTag(browserLanguage),
  };
}

/** The form as stored in the URL, each missing field taken from `defaults`. */
export function deviceFormFromParams(params: URLSearchParams, defaults: DeviceForm): DeviceForm {
  const out = { ...defaults };
  for (const field of Object.keys(PARAMS) as (keyof DeviceForm)[]) {
    const v = params.get(PARAMS[field]);
    if (v !== null && v !== '') out[field] = v;
  }
  return out;
}

/** Writes the form into a copy of `params`. */
export function deviceFormToParams(form: DeviceForm, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of Object.keys(PARAMS) as (keyof DeviceForm)[])
    next.set(PARAMS[field], form[field].trim());
  return next;
}

/**
 * Validates the form and builds the device info: `os.compat` is what StartOS sends for its own
 * version (`>=0.3.0:0 <=<version>:0`), hardware is always sent (so the registry filters variants
 * and localizes), RAM in bytes.
 */
export function toDeviceInfo(
  form: DeviceForm,
): { info: DeviceInfo; errors: null } | { info: null; errors: DeviceFormErrors } {
  const errors: DeviceFormErrors = {};
  const osVersion = form.osVersion.trim();
  try {
    parseVersion(osVersion);
    if (osVersion.includes(':')) throw new Error('downstream');
  } catch {
    errors.osVersion = translate('device.badOs');
  }
  const platform = form.platform.trim();
  if (!/^[a-z0-9_-]+$/.test(platform)) errors.platform = translate('device.badPlatform');
  const arch = form.arch.trim();
  if (!/^[a-z0-9_]+$/.test(arch)) errors.arch = translate('device.badArch');
  const gib = Number(form.ramGiB.trim());
  const ram = Math.round(gib * 2 ** 30);
  if (!form.ramGiB.trim() || !Number.isFinite(gib) || gib <= 0 || !Number.isSafeInteger(ram))
    errors.ramGiB = translate('device.badRam');
  const language = localeFromTag(form.language.trim());
  if (!/^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})*$/.test(language))
    errors.language = translate('device.badLanguage');
  if (Object.keys(errors).length > 0) return { info: null, errors };
  return {
    info: {
      os: { version: osVersion, compat: compatRange(osVersion), platform, language },
      hardware: { arch, ram },
    },
    errors: null,
  };
}
