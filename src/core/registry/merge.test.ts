import { describe, expect, it } from 'vitest';
import type { HardwareRequirements, PackageVersionInfo, S9pkVariant } from '../rpc/types.ts';
import { CONFLICT_MESSAGES, deepEqual, findConflict, mergeVersion } from './merge.ts';
import { sortVariants } from './hardware.ts';
import { diffVersionInfo } from './version-diff.ts';

const hw = (arch: string[] | null, ram: number | null = null, devices = 0): HardwareRequirements => ({
  arch,
  ram,
  device: Array.from({ length: devices }, () => ({ description: 'gpu', class: 'display' as const, product: null, vendor: 'nvidia', capabilities: null, driver: null })),
});
const variant = (h: HardwareRequirements, sighash: string, urls = [`https://x.test/${sighash}`]): S9pkVariant => [
  h,
  { publishedAt: '2026-01-01T00:00:00Z', urls, commitment: { rootSighash: sighash, rootMaxsize: 100 }, signatures: { k: 's' } },
];
const version = (s9pks: S9pkVariant[], over: Partial<PackageVersionInfo> = {}): PackageVersionInfo => ({
  title: 'T', description: { short: { en_US: 's', de_DE: 'k' }, long: 'l' }, releaseNotes: 'n', gitHash: null, license: 'MIT',
  packageRepo: 'https://p.test/', upstreamRepo: 'https://u.test/', marketingUrl: null, donationUrl: null, osVersion: '0.4.0',
  sdkVersion: null, hardwareAcceleration: false, userspaceFilesystems: false, virtualNetworking: false, plugins: [], satisfies: [],
  icon: 'data:image/png;base64,AAAA', dependencyMetadata: {}, sourceVersion: null, s9pks, ...over,
});
const A = 'A'.repeat(43);
const B = 'B'.repeat(43);

describe('mergeVersion (§5.4)', () => {
  it('plugins and satisfies compare as sets (order, duplicates and equal versions do not conflict)', () => {
    const existing = version([variant(hw(null), A)], { plugins: ['url-v0'], satisfies: ['1.0.0:0', '2.0.0:0'] });
    const same = version([variant(hw(null), B)], { plugins: ['url-v0', 'url-v0'], satisfies: ['2.0.0:0', '1.0:0'] });
    expect(findConflict(existing, same)).toBeNull();
    expect(diffVersionInfo(existing, same)).toEqual([]);
    const other = version([variant(hw(null), B)], { plugins: [], satisfies: ['1.0.0:0'] });
    expect(findConflict(existing, other)).toEqual({ kind: 'metadata', fields: ['plugins', 'satisfies'] });
  });

  it('same hardware and commitment: URLs replaced (add) or appended (add-mirror); signatures and publishedAt kept', () => {
    const existing = version([variant(hw(['x86_64']), A)]);
    const incoming = version([[hw(['x86_64']), { publishedAt: 'later', urls: ['https://m.test/'], commitment: { rootSighash: `${A}=`, rootMaxsize: 100 }, signatures: { other: 'sig' } }]]);
    const add = mergeVersion(existing, incoming, 'replace-urls');
    expect(add.ok && add.outcome).toBe('urls-updated');
    expect(add.ok && add.info.s9pks[0]![1]).toEqual({ ...existing.s9pks[0]![1], urls: ['https://m.test/'] });
    const mirror = mergeVersion(existing, incoming, 'append-url');
    expect(mirror.ok && mirror.info.s9pks[0]![1].urls).toEqual([`https://x.test/${A}`, 'https://m.test/']);
    const again = mergeVersion(existing, version([variant(hw(['x86_64']), A)]), 'append-url');
    expect(again.ok && again.outcome).toBe('unchanged');
  });

  it('same hardware, other commitment: replaced; new hardware: appended and sorted most specific first', () => {
    const existing = version([variant(hw(['aarch64', 'x86_64']), A)]);
    const replaced = mergeVersion(existing, version([variant(hw(['x86_64', 'aarch64']), B)]), 'replace-urls');
    expect(replaced.ok && replaced.outcome).toBe('replaced');
    expect(replaced.ok && replaced.info.s9pks.map(([, a]) => a.commitment.rootSighash)).toEqual([B]);
    const appended = mergeVersion(existing, version([variant(hw(['x86_64'], null, 1), B)]), 'replace-urls');
    expect(appended.ok && appended.outcome).toBe('appended');
    expect(appended.ok && appended.info.s9pks.map(([h]) => h.device.length)).toEqual([1, 0]);
  });

  it('conflicts: metadata fields listed, then icon, then dependency metadata; key order does not matter', () => {
    const existing = version([variant(hw(null), A)]);
    const reordered = version([variant(hw(['x86_64']), B)], { description: { short: { de_DE: 'k', en_US: 's' }, long: 'l' } });
    expect(findConflict(existing, reordered)).toBeNull();
    const meta = mergeVersion(existing, version([], { title: 'X', gitHash: 'abc' }), 'replace-urls');
    expect(meta).toEqual({ ok: false, conflict: { kind: 'metadata', fields: ['title', 'gitHash'] }, message: CONFLICT_MESSAGES.metadata });
    expect(findConflict(existing, version([], { icon: 'data:image/png;base64,BBBB' }))?.kind).toBe('icon');
    const dep = findConflict(existing, version([], { dependencyMetadata: { x: { title: 'X', icon: null, description: null, optional: false } } }));
    expect(dep).toEqual({ kind: 'dependency', fields: ['dependencyMetadata.x'] });
  });
});

describe('hardware helpers', () => {
  it('sorts stably by (-devices, arch count with null last, ram)', () => {
    const list = [variant(hw(null), 'n'), variant(hw(['x86_64'], 8), 'r8'), variant(hw(['x86_64'], 2), 'r2'), variant(hw(['a', 'b']), 'ab'), variant(hw(['x86_64'], null, 2), 'd2')];
    expect(sortVariants(list).map(([, a]) => a.commitment.rootSighash)).toEqual(['d2', 'r2', 'r8', 'ab', 'n']);
  });
  it('deepEqual ignores key order only', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: undefined }, {})).toBe(false);
  });
});
