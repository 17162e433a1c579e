// Release views (spec registry-api.md §4.6, §5.3): exver order, signatures checked over the
// BLAKE3 commitment with context `startos`, names, and the per-asset verdict.
import { describe, expect, it } from 'vitest';
import { buildSignerDirectory } from './signer-directory.ts';
import { osReleaseView, osVersionsNewestFirst } from './os-release.ts';
import {
  OS_ALICE,
  OS_BOB,
  OS_MALLORY,
  osRelease,
  osSignerMap,
  signedOsAsset,
} from '../testing/os-release-fixture.ts';

const bytes = new Uint8Array([1, 2, 3, 4, 5]);

describe('osVersionsNewestFirst', () => {
  it('orders by exver, prereleases before their release, unreadable versions last', () => {
    expect(
      osVersionsNewestFirst(['0.3.5', '0.4.0-alpha.2', 'x.y', '0.3.10', '0.4.0', '0.3.6.1']),
    ).toEqual(['0.4.0', '0.4.0-alpha.2', '0.3.10', '0.3.6.1', '0.3.5', 'x.y']);
  });
});

describe('osReleaseView', () => {
  const authorized = osSignerMap(OS_ALICE, OS_BOB);

  it('counts distinct authorized signers with a valid signature', () => {
    const info = osRelease({
      authorized: [OS_ALICE.guid, OS_BOB.guid],
      img: { raspberrypi: signedOsAsset(bytes, [OS_ALICE, OS_MALLORY]) },
      iso: { x86_64: signedOsAsset(bytes, [OS_ALICE, OS_BOB]) },
    });
    const view = osReleaseView('0.4.0', info, authorized);
    expect(view.assets.map((a) => [a.platform, a.type, a.signedBy, a.authorized])).toEqual([
      ['raspberrypi', 'img', 1, 2],
      ['x86_64', 'iso', 2, 2],
    ]);
    expect(view.signers).toEqual(['Alice', 'Bob']);
    const pi = view.assets[0]!;
    expect(pi.signatures.map((s) => [s.signer?.name ?? null, s.valid, s.authorized])).toEqual([
      ['Alice', true, true],
      [null, true, false],
    ]);
  });

  it('names a known but unauthorized signer from the directory, without counting it', () => {
    const info = osRelease({ iso: { x86_64: signedOsAsset(bytes, [OS_MALLORY]) } });
    const view = osReleaseView(
      '0.4.0',
      info,
      authorized,
      buildSignerDirectory(osSignerMap(OS_MALLORY)),
    );
    expect(view.assets[0]!.signatures[0]).toMatchObject({
      signer: { name: 'Mallory' },
      valid: true,
      authorized: false,
    });
    expect(view.assets[0]!.signedBy).toBe(0);
  });

  it('does not count a signature over another commitment (or another context)', () => {
    const asset = signedOsAsset(bytes, [OS_ALICE, OS_BOB]);
    const other = signedOsAsset(new Uint8Array([9]), [OS_BOB]);
    const key = OS_BOB.info.keys[0]!;
    asset.signatures[key] = other.signatures[key]!;
    const view = osReleaseView('0.4.0', osRelease({ squashfs: { x86_64: asset } }), authorized);
    expect(view.assets[0]!.signedBy).toBe(1);
    expect(view.assets[0]!.signatures.find((s) => s.signer?.name === 'Bob')?.valid).toBe(false);
  });
});
