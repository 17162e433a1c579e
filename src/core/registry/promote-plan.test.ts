/**
 * Promotion planning: each verdict, the acting key's authority, mirrors kept or unioned, and
 * which items "promote everything drifted" picks.
 */
import { describe, expect, it } from 'vitest';
import { channelIndex, channelVersion } from '../testing/channel-index.ts';
import type { PackageIndex } from '../rpc/types.ts';
import { computeChannelBoard } from './channel-board.ts';
import { driftPromotions, planPromotion, type PromoteRequest } from './promote-plan.ts';

const ADMIN = { admin: true, scopes: {} };
const X86 = { arch: ['x86_64'], sighash: 'A', urls: ['https://src.test/x86.s9pk'] };
const ARM = { arch: ['aarch64'], sighash: 'B', urls: ['https://src.test/arm.s9pk'] };

const source = channelIndex({ app: { '1.1.0:0': [X86, ARM] } });
const request = (o: Partial<PromoteRequest> = {}): PromoteRequest => ({
  id: 'app',
  version: '1.1.0:0',
  source: source.packages.app!.versions['1.1.0:0']!,
  hardware: null,
  addSourceUrls: false,
  ...o,
});
const summary = (target: PackageIndex, o?: Partial<PromoteRequest>, authority = ADMIN) =>
  planPromotion(target, authority, request(o)).map((s) => [s.hardware.arch, s.verdict.kind, s.action, s.urls]);

describe('planPromotion', () => {
  it('adds a new package, then the second variant as a new variant', () => {
    expect(summary(channelIndex({}))).toEqual([
      [['x86_64'], 'new-package', 'add', X86.urls],
      [['aarch64'], 'new-variant', 'add', ARM.urls],
    ]);
  });

  it('adds a new version of an existing package', () => {
    expect(summary(channelIndex({ app: { '1.0.0:0': [X86] } }), { hardware: [{ device: [], ram: null, arch: ['aarch64'] }] })).toEqual([[['aarch64'], 'new-version', 'add', ARM.urls]]);
  });

  it('skips a variant the target already has with the same commitment, keeping its mirrors', () => {
    const target = channelIndex({ app: { '1.1.0:0': [{ ...X86, urls: ['https://mirror.test/x86.s9pk'] }] } });
    expect(summary(target)).toEqual([
      [['x86_64'], 'same-archive', 'skip', ['https://mirror.test/x86.s9pk']],
      [['aarch64'], 'new-variant', 'add', ARM.urls],
    ]);
  });

  it('sends the union of both URL lists when asked to add the source URLs', () => {
    const target = channelIndex({ app: { '1.1.0:0': [{ ...X86, urls: ['https://mirror.test/x86.s9pk'] }] } });
    expect(summary(target, { addSourceUrls: true })[0]).toEqual([['x86_64'], 'same-archive', 'add', ['https://mirror.test/x86.s9pk', ...X86.urls]]);
    // nothing new to send: still skipped
    expect(summary(channelIndex({ app: { '1.1.0:0': [X86] } }), { addSourceUrls: true })[0]![2]).toBe('skip');
  });

  it('asks before replacing a variant built differently', () => {
    const target = channelIndex({ app: { '1.1.0:0': [{ arch: ['x86_64'], sighash: 'Z' }] } });
    expect(summary(target)[0]!.slice(1, 3)).toEqual(['replaces-variant', 'confirm']);
  });

  it('blocks a metadata conflict with the field diff', () => {
    const target = channelIndex({});
    target.packages.app = { authorized: {}, categories: [], versions: { '1.1.0:0': channelVersion('app', [ARM], { license: 'GPL-3.0' }) } };
    const [step] = planPromotion(target, ADMIN, request());
    expect(step!.action).toBe('blocked');
    expect(step!.verdict.kind === 'conflict' && step!.verdict.diff.map((d) => d.field)).toEqual(['license']);
  });

  it("pre-flights with the acting key's role: a signer cannot create a package or leave its scope", () => {
    const signer = { admin: false, scopes: { app: '>=2.0' } };
    expect(summary(channelIndex({}), {}, signer).map((s) => s[2])).toEqual(['blocked', 'blocked']);
    const [step] = planPromotion(channelIndex({ app: { '1.0.0:0': [X86] } }), signer, request());
    expect(step!.verdict).toEqual({ kind: 'refused', refusal: { kind: 'out-of-range', scope: '>=2.0' } });
  });
});

describe('driftPromotions', () => {
  it('picks newer versions whole and missing variants alone, never conflicts or gone versions', () => {
    const beta = channelIndex({ a: { '2.0.0:0': [X86] }, b: { '1.0.0:0': [X86, ARM] }, c: { '1.0.0:0': [X86] }, d: { '1.0.0:0': [X86] } });
    const stable = channelIndex({ a: { '1.0.0:0': [X86] }, b: { '1.0.0:0': [X86] }, c: { '1.0.0:0': [{ ...X86, sighash: 'Q' }] }, d: { '0.9.0:0': [X86], '1.0.0:0': [X86] } });
    expect(driftPromotions(computeChannelBoard([beta, stable]), 0)).toEqual([
      { id: 'a', version: '2.0.0:0', hardware: null },
      { id: 'b', version: '1.0.0:0', hardware: [{ device: [], ram: null, arch: ['aarch64'] }] },
    ]);
  });
});
