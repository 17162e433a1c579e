// What os.version.get offers a device and why the rest is hidden (spec registry-api.md §4.6, §6).
import { describe, expect, it } from 'vitest';
import type { OsIndex } from '../rpc/types.ts';
import { explainOsOffer, isOsVersion, osDeviceInfo } from './os-offer.ts';
import { osRelease, signedOsAsset } from '../testing/os-release-fixture.ts';

const img = signedOsAsset(new Uint8Array([1]), []);
const index: OsIndex = {
  versions: {
    '0.4.0': osRelease({ sourceVersion: '>=0.3.5', squashfs: { x86_64: img } }),
    '0.3.6': osRelease({
      sourceVersion: '>=0.3.5 <0.3.6',
      squashfs: { x86_64: img, raspberrypi: img },
    }),
    '0.3.5': osRelease({ sourceVersion: '*', squashfs: {}, iso: { x86_64: img } }),
  },
};

describe('explainOsOffer', () => {
  it('names the missing platform image and the source range', () => {
    const rows = explainOsOffer(
      index,
      { version: '0.3.5.1', platform: 'raspberrypi' },
      new Set(['0.3.6']),
    );
    expect(rows).toEqual([
      { version: '0.4.0', offered: false, reasons: ['no-platform-image'] },
      { version: '0.3.6', offered: true, reasons: [] },
      { version: '0.3.5', offered: false, reasons: ['no-platform-image'] },
    ]);
    const old = explainOsOffer(index, { version: '0.3.4', platform: 'x86_64' }, new Set());
    expect(old.map((r) => r.reasons)).toEqual([
      ['source-range'],
      ['source-range'],
      ['no-platform-image'],
    ]);
  });

  it('says "registry" when it cannot tell why the registry hid a release', () => {
    const rows = explainOsOffer(index, { version: '0.3.5', platform: 'x86_64' }, new Set());
    expect(rows[0]).toEqual({ version: '0.4.0', offered: false, reasons: ['registry'] });
  });

  it('an index key like __proto__ is plain data, not a platform', () => {
    const rows = explainOsOffer(index, { version: '0.3.5', platform: '__proto__' }, new Set());
    expect(rows[0]!.reasons).toContain('no-platform-image');
  });
});

describe('osDeviceInfo', () => {
  it('sends the os fields StartOS sends and nothing else', () => {
    expect(osDeviceInfo({ version: '0.3.5.1', platform: 'x86_64' })).toEqual({
      os: { version: '0.3.5.1', compat: '>=0.3.0:0 <=0.3.5.1:0', platform: 'x86_64' },
    });
    expect(isOsVersion('0.3.5.1')).toBe(true);
    expect(isOsVersion('0.3.5:0')).toBe(false);
  });
});
