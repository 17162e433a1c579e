/**
 * Tests for device-form.ts: defaults from the index, URL round trip, validation and the device
 * info it produces (never a targetVersion: that is a package.get param, not device info).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OS_VERSION,
  defaultDeviceForm,
  deviceFormFromParams,
  deviceFormToParams,
  newestOsVersion,
  toDeviceInfo,
} from './device-form.ts';
import { exampleIndex } from '../testing/fixtures.ts';

describe('defaults', () => {
  it('uses the newest osVersion of the index, at least the default', () => {
    const index = exampleIndex();
    expect(newestOsVersion(index)).toBe('0.4.0-beta.10');
    expect(defaultDeviceForm(index, 'de-DE')).toEqual({
      osVersion: '0.4.0-beta.10',
      platform: 'x86_64',
      arch: 'x86_64',
      ramGiB: '8',
      language: 'de_DE',
    });
    index.packages['hello-world']!.versions['1.0.0:0']!.osVersion = '0.4.1';
    expect(defaultDeviceForm(index, 'en-US').osVersion).toBe('0.4.1');
    index.packages['hello-world']!.versions['1.0.0:0']!.osVersion = '0.3.5';
    index.packages['bitcoind']!.versions['28.1:0']!.osVersion = 'garbage';
    expect(newestOsVersion(index)).toBe('0.3.5');
    expect(defaultDeviceForm(index, 'en-US').osVersion).toBe(DEFAULT_OS_VERSION);
    expect(defaultDeviceForm(undefined, 'en').osVersion).toBe(DEFAULT_OS_VERSION);
  });
});

describe('URL form', () => {
  it('round-trips and keeps other params', () => {
    const defaults = defaultDeviceForm(undefined, 'en-US');
    const form = {
      osVersion: '0.3.5',
      platform: 'raspberrypi',
      arch: 'aarch64',
      ramGiB: '4',
      language: 'de_DE',
    };
    const params = deviceFormToParams(form, new URLSearchParams('v=1.0:0&tab=device'));
    expect(params.get('tab')).toBe('device');
    expect(params.get('v')).toBe('1.0:0');
    expect(deviceFormFromParams(params, defaults)).toEqual(form);
    expect(deviceFormFromParams(new URLSearchParams('ram=2'), defaults)).toEqual({
      ...defaults,
      ramGiB: '2',
    });
  });
});

describe('toDeviceInfo', () => {
  it('builds the header fields with compat and RAM in bytes', () => {
    const r = toDeviceInfo({
      osVersion: '0.4.0-beta.10',
      platform: 'x86_64',
      arch: 'x86_64',
      ramGiB: '0.5',
      language: 'en-US',
    });
    expect(r.errors).toBeNull();
    expect(r.info).toEqual({
      os: {
        version: '0.4.0-beta.10',
        compat: '>=0.3.0:0 <=0.4.0-beta.10:0',
        platform: 'x86_64',
        language: 'en_US',
      },
      hardware: { arch: 'x86_64', ram: 536870912 },
    });
  });
  it('rejects bad input field by field', () => {
    const r = toDeviceInfo({
      osVersion: '1.0:0',
      platform: '',
      arch: 'X 86',
      ramGiB: '-1',
      language: '??',
    });
    expect(r.info).toBeNull();
    expect(Object.keys(r.errors ?? {}).sort()).toEqual([
      'arch',
      'language',
      'osVersion',
      'platform',
      'ramGiB',
    ]);
    expect(
      toDeviceInfo({
        osVersion: 'beta',
        platform: 'x86_64',
        arch: 'x86_64',
        ramGiB: 'lots',
        language: 'en',
      }).errors,
    ).toMatchObject({
      osVersion: expect.any(String),
      ramGiB: expect.any(String),
    });
  });
});
