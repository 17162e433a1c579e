/**
 * @module
 * The `X-StartOS-Device-Info` header (spec/registry-api.md §6): form-encoded `os.*` and
 * optional `hardware.*` keys.
 */
import { CoreError } from '../errors.ts';
import type { DeviceInfo } from './types.ts';

export const DEVICE_INFO_HEADER = 'X-StartOS-Device-Info';

/** Encodes device info as the header value (same serializer as the auth header, §2.8). */
export function encodeDeviceInfo(d: DeviceInfo): string {
  const q = new URLSearchParams();
  q.append('os.version', d.os.version);
  q.append('os.compat', d.os.compat);
  q.append('os.platform', d.os.platform);
  if (d.os.language !== undefined) q.append('os.language', d.os.language);
  if (d.hardware) {
    q.append('hardware.arch', d.hardware.arch);
    q.append('hardware.ram', String(d.hardware.ram));
  }
  return q.toString();
}

/**
 * Parses a header value. Versions and ranges are returned as strings; the caller validates
 * them with exver (a failure there is `14 ParseVersion`).
 * @throws CoreError `AUTH_HEADER_MISSING_KEY` (detail.key; registry `6 NotFound`) or
 *   `AUTH_HEADER_BAD_NUMBER` for `hardware.ram` (registry `28 ParseNumber`).
 */
export function parseDeviceInfo(value: string): DeviceInfo {
  const map = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(value)) map.set(k, v);
  const need = (key: string): string => {
    const v = map.get(key);
    if (v === undefined) throw new CoreError('AUTH_HEADER_MISSING_KEY', key, { key });
    return v;
  };
  const info: DeviceInfo = {
    os: { version: need('os.version'), compat: need('os.compat'), platform: need('os.platform') },
  };
  const language = map.get('os.language');
  if (language !== undefined) info.os.language = language;
  if ([...map.keys()].some((k) => k.startsWith('hardware.'))) {
    const ram = need('hardware.ram');
    if (!/^\+?[0-9]+$/.test(ram) || !Number.isSafeInteger(Number(ram))) {
      throw new CoreError('AUTH_HEADER_BAD_NUMBER', 'invalid hardware.ram', {
        key: 'hardware.ram',
      });
    }
    info.hardware = { arch: need('hardware.arch'), ram: Number(ram) };
  }
  return info;
}
