import { describe, expect, it } from 'vitest';
import { isCoreError } from '../errors.ts';
import { encodeDeviceInfo, parseDeviceInfo } from './device-info.ts';

const SPEC_EXAMPLE =
  'os.version=0.4.0-beta.10&os.compat=%3E%3D0.3.0%3A0+%3C%3D0.4.0-beta.10%3A0&os.platform=x86_64&os.language=en_US&hardware.arch=x86_64&hardware.ram=8589934592';

describe('device info header (spec §6)', () => {
  it('encodes the spec example byte for byte and parses it back', () => {
    const info = {
      os: { version: '0.4.0-beta.10', compat: '>=0.3.0:0 <=0.4.0-beta.10:0', platform: 'x86_64', language: 'en_US' },
      hardware: { arch: 'x86_64', ram: 8589934592 },
    };
    expect(encodeDeviceInfo(info)).toBe(SPEC_EXAMPLE);
    expect(parseDeviceInfo(SPEC_EXAMPLE)).toEqual(info);
  });
  it('omits optional parts', () => {
    const info = { os: { version: '0.4.0', compat: '*', platform: 'aarch64' } };
    expect(parseDeviceInfo(encodeDeviceInfo(info))).toEqual(info);
  });
  it('names the missing key, and rejects a bad hardware.ram', () => {
    for (const [value, code, key] of [
      ['os.compat=*&os.platform=x', 'AUTH_HEADER_MISSING_KEY', 'os.version'],
      ['os.version=1&os.compat=*&os.platform=x&hardware.ram=5', 'AUTH_HEADER_MISSING_KEY', 'hardware.arch'],
      ['os.version=1&os.compat=*&os.platform=x&hardware.arch=x&hardware.ram=lots', 'AUTH_HEADER_BAD_NUMBER', 'hardware.ram'],
    ] as const) {
      try {
        parseDeviceInfo(value);
        expect.unreachable();
      } catch (e) {
        expect(isCoreError(e, code)).toBe(true);
        expect((e as { detail: { key: string } }).detail.key).toBe(key);
      }
    }
  });
});
