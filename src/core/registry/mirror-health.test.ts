import { describe, expect, it } from 'vitest';
import type { PackageIndex } from '../rpc/types.ts';
import { exampleIndex } from '../testing/example-index.ts';
import type { MirrorResult, MirrorState } from './mirror-check.ts';
import { mayRemoveDeadUrl, mirrorChecks, mirrorKey, mirrorVariants, needsAttention, pruneResults, summarizeHealth, type MirrorResults } from './mirror-health.ts';

const result = (state: MirrorState, checkedAt = 1): MirrorResult => ({ state, checkedAt, headerChecked: false, size: null });

/** The spec example: bitcoind 28.1:0 with an aarch64 variant (1 URL) and an x86_64 one (2 URLs), hello-world with 1 URL. */
function fixture(): { index: PackageIndex; urls: Record<'arm' | 'x86a' | 'x86b' | 'hello', string> } {
  const index = exampleIndex();
  const [arm, x86] = index.packages['bitcoind']!.versions['28.1:0']!.s9pks;
  const hello = Object.values(index.packages['hello-world']!.versions)[0]!.s9pks[0]!;
  return { index, urls: { arm: arm![1].urls[0]!, x86a: x86![1].urls[0]!, x86b: x86![1].urls[1]!, hello: hello[1].urls[0]! } };
}

/** Results keyed the way the page stores them, from URL → state. */
function results(index: PackageIndex, states: Record<string, MirrorState>, at = 1): MirrorResults {
  const out: MirrorResults = {};
  for (const v of mirrorVariants(index)) for (const u of v.urls) if (states[u]) out[mirrorKey(u, v.commitment)] = result(states[u], at);
  return out;
}

describe('mirror health', () => {
  it('lists every variant and each distinct check once, reading headers per mode', () => {
    const { index, urls } = fixture();
    const variants = mirrorVariants(index);
    expect(variants.map((v) => [v.id, v.urls.length])).toEqual([
      ['bitcoind', 1],
      ['bitcoind', 2],
      ['hello-world', 1],
    ]);
    expect(mirrorChecks(variants, 'none').map((c) => c.url)).toEqual([urls.arm, urls.x86a, urls.x86b, urls.hello]);
    expect(mirrorChecks(variants, 'sample').filter((c) => c.header).map((c) => c.url)).toEqual([urls.arm, urls.x86a, urls.hello]);
    expect(mirrorChecks(variants, 'all').every((c) => c.header)).toBe(true);
    // The same URL listed twice for one archive is checked once.
    variants[1]!.urls = [urls.x86a, urls.x86a];
    expect(mirrorChecks(variants, 'none')).toHaveLength(3);
  });

  it('a result belongs to the URL and its commitment: a replaced archive is unchecked again', () => {
    const { index, urls } = fixture();
    const r = results(index, { [urls.hello]: 'ok' });
    expect(summarizeHealth(index, r).byStatus.ok).toBe(1);
    Object.values(index.packages['hello-world']!.versions)[0]!.s9pks[0]![1].commitment.rootMaxsize += 1;
    expect(summarizeHealth(index, r).byStatus).toMatchObject({ ok: 0, unchecked: 4 });
    expect(pruneResults(index, r)).toEqual({});
    const os = { 'blake3 aGFzaA== 9 https://a.test/os.iso': { state: 'ok' as const, checkedAt: 1, headerChecked: false, size: 9 } };
    expect(pruneResults(index, { ...r, ...os }, Object.keys(os))).toEqual(os);
  });

  it('summarizes: only-dead variants, variants without an ok URL, URLs without a mirror, removable dead URLs, ages', () => {
    const { index, urls } = fixture();
    const r = { ...results(index, { [urls.arm]: 'dead', [urls.x86a]: 'dead', [urls.hello]: 'unverifiable' }, 5), ...results(index, { [urls.x86b]: 'ok' }, 9) };
    expect(summarizeHealth(index, r)).toEqual({
      variants: 3,
      urls: 4,
      byStatus: { ok: 1, dead: 2, unverifiable: 1, unchecked: 0 },
      onlyDead: 1,
      noneOk: 2,
      withoutMirror: 2,
      // the aarch64 URL is its variant's only one; the first x86_64 URL can go
      removable: 1,
      oldest: 5,
      newest: 9,
    });
    expect(summarizeHealth(index, {})).toMatchObject({ byStatus: { unchecked: 4 }, onlyDead: 0, noneOk: 3, oldest: null, newest: null });
  });

  it('offers removal only of a dead URL that every variant of the version can spare', () => {
    const { index, urls } = fixture();
    const [arm, x86, hello] = mirrorVariants(index);
    const r = results(index, { [urls.arm]: 'dead', [urls.x86a]: 'dead', [urls.hello]: 'dead' });
    expect(mayRemoveDeadUrl(index, x86!, urls.x86a, r)).toBe(true);
    expect(mayRemoveDeadUrl(index, x86!, urls.x86b, r)).toBe(false); // not dead
    expect(mayRemoveDeadUrl(index, arm!, urls.arm, r)).toBe(false); // the variant's last URL
    expect(mayRemoveDeadUrl(index, hello!, urls.hello, r)).toBe(false);
    // remove-mirror removes from every variant: a URL shared with a variant that has no other is kept
    arm!.urls.push(urls.x86a);
    index.packages['bitcoind']!.versions['28.1:0']!.s9pks[0]![1].urls = [urls.x86a];
    expect(mayRemoveDeadUrl(index, x86!, urls.x86a, r)).toBe(false);
  });

  it('a variant needs attention unless it has two or more URLs, all ok', () => {
    const { index, urls } = fixture();
    const [arm, x86] = mirrorVariants(index);
    expect(needsAttention(arm!, results(index, { [urls.arm]: 'ok' }))).toBe(true);
    expect(needsAttention(x86!, results(index, { [urls.x86a]: 'ok' }))).toBe(true);
    expect(needsAttention(x86!, results(index, { [urls.x86a]: 'ok', [urls.x86b]: 'ok' }))).toBe(false);
  });
});
