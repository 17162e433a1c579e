import { describe, expect, it } from 'vitest';
import type { OsIndex, OsVersionInfo } from '../rpc/types.ts';
import type { MirrorResult } from './mirror-check.ts';
import type { MirrorResults } from './mirror-health.ts';
import { hashResult, osMirrorAssets, osMirrorChecks, osMirrorKey, summarizeOsHealth } from './os-mirror.ts';

const c1 = { hash: 'aGFzaDE=', size: 100 };
const c2 = { hash: 'aGFzaDI=', size: 200 };
const asset = (commitment: { hash: string; size: number }, urls: string[]) => ({ publishedAt: '2026-01-01T00:00:00Z', urls, commitment, signatures: {} });
const release = (over: Partial<OsVersionInfo>): OsVersionInfo => ({ headline: '', releaseNotes: '', sourceVersion: '*', authorized: [], iso: {}, img: {}, squashfs: {}, ...over });
const index: OsIndex = {
  versions: {
    '0.3.5': release({ iso: { x86_64: asset(c1, ['https://a.test/old.iso']) } }),
    '0.3.6': release({
      iso: { x86_64: asset(c2, ['https://a.test/new.iso', 'https://b.test/new.iso']) },
      squashfs: { aarch64: asset(c1, ['https://a.test/old.iso']) },
    }),
  },
};
const at = (state: MirrorResult['state'], checkedAt = 5): MirrorResult => ({ state, checkedAt, headerChecked: false, size: null });

describe('osMirrorAssets', () => {
  it('lists every image newest release first, by platform then type', () => {
    expect(osMirrorAssets(index).map((a) => `${a.version} ${a.platform} ${a.type} ${a.urls.length}`)).toEqual(['0.3.6 aarch64 squashfs 1', '0.3.6 x86_64 iso 2', '0.3.5 x86_64 iso 1']);
  });

  it('checks a URL serving the same image once', () => {
    expect(osMirrorChecks(osMirrorAssets(index)).map((c) => c.url)).toEqual(['https://a.test/old.iso', 'https://a.test/new.iso', 'https://b.test/new.iso']);
  });
});

describe('summarizeOsHealth', () => {
  it('counts images with only dead URLs, URLs without a mirror and results by state', () => {
    const results: MirrorResults = {
      [osMirrorKey('https://a.test/old.iso', c1)]: at('dead', 3),
      [osMirrorKey('https://a.test/new.iso', c2)]: at('dead', 9),
      [osMirrorKey('https://b.test/new.iso', c2)]: at('ok', 7),
    };
    expect(summarizeOsHealth(osMirrorAssets(index), results)).toEqual({
      images: 3,
      urls: 3,
      byStatus: { ok: 1, dead: 2, unverifiable: 0, unchecked: 0 },
      onlyDead: 2,
      withoutMirror: 2,
      oldest: 3,
      newest: 9,
    });
  });

  it('an unchecked registry has no finding about dead URLs', () => {
    expect(summarizeOsHealth(osMirrorAssets(index), {})).toMatchObject({ onlyDead: 0, oldest: null, byStatus: { unchecked: 3 } });
  });
});

describe('hashResult', () => {
  it('the same hash and size: ok, hash checked; else dead for the size or the hash', () => {
    expect(hashResult({ status: 'ok', commitment: c1 }, c1, 8)).toEqual({ state: 'ok', checkedAt: 8, headerChecked: false, size: 100, hashChecked: true });
    expect(hashResult({ status: 'ok', commitment: { ...c2, size: 100 } }, c1, 8)).toMatchObject({ state: 'dead', reason: 'hash' });
    expect(hashResult({ status: 'ok', commitment: { ...c1, size: 99 } }, c1, 8)).toMatchObject({ state: 'dead', reason: 'size', size: 99 });
  });

  it('an HTTP error or a broken read is dead', () => {
    expect(hashResult({ status: 'http', httpStatus: 410 }, c1, 8)).toMatchObject({ state: 'dead', reason: 'http', httpStatus: 410 });
    expect(hashResult({ status: 'failed', message: 'reset' }, c1, 8)).toMatchObject({ state: 'dead', reason: 'unreachable' });
  });
});
