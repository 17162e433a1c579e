import { describe, expect, it } from 'vitest';
import { compareCommitment, guessOsPlatform, osAssetTypeOf } from './os-asset-file.ts';

describe('osAssetTypeOf', () => {
  it('takes the type from the extension, in any case', () => {
    expect(osAssetTypeOf('startos-0.4.0_x86_64.iso')).toBe('iso');
    expect(osAssetTypeOf('startos-0.4.0_raspberrypi.IMG')).toBe('img');
    expect(osAssetTypeOf('a.b.squashfs')).toBe('squashfs');
  });
  it('refuses anything else', () => {
    expect(osAssetTypeOf('startos.iso.gz')).toBeNull();
    expect(osAssetTypeOf('iso')).toBeNull();
    expect(osAssetTypeOf('notes.txt')).toBeNull();
  });
});

describe('guessOsPlatform', () => {
  it.each([
    ['startos-0.4.0-alpha.17-b8ff331~dev_raspberrypi.squashfs', 'raspberrypi'],
    ['startos-0.4.0_x86_64.iso', 'x86_64'],
    ['startos-0.4.0_x86_64-nonfree.iso', 'x86_64-nonfree'],
    ['startos-0.4.0_aarch64-nvidia.squashfs', 'aarch64-nvidia'],
    ['RISCV64.img', 'riscv64'],
    ['startos-rockchip64-0.4.0.img', 'rockchip64'],
  ])('%s → %s', (name, platform) => {
    expect(guessOsPlatform(name)).toBe(platform);
  });
  it('needs the platform as a whole word', () => {
    expect(guessOsPlatform('startos-0.4.0.iso')).toBeNull();
    expect(guessOsPlatform('myx86_64build.iso')).toBeNull();
  });
});

describe('compareCommitment', () => {
  const hash = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
  const other = 'HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
  it('matches the same hash and size, whatever the padding', () => {
    expect(compareCommitment({ hash, size: 5 }, { hash: `${hash}=`, size: 5 })).toEqual({ match: true });
  });
  it('names the size first, with both values', () => {
    expect(compareCommitment({ hash, size: 5 }, { hash: other, size: 6 })).toEqual({ match: false, field: 'size', expected: 5, found: 6 });
  });
  it('names the hash when the sizes agree', () => {
    expect(compareCommitment({ hash, size: 5 }, { hash: other, size: 5 })).toEqual({ match: false, field: 'hash', expected: hash, found: other });
  });
});
