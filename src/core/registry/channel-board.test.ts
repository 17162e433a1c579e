/**
 * Drift on the channel board: each kind alone, flavors as separate rows, the best version per
 * channel, and the filters.
 */
import { describe, expect, it } from 'vitest';
import { channelIndex, type VariantSpec } from '../testing/channel-index.ts';
import { keyOf, DEVELOPER, ALICE } from '../testing/example-index.ts';
import { computeChannelBoard, hardwareKey, type Drift } from './channel-board.ts';
import { boardFacets, filterBoard } from './channel-filter.ts';

const X86: VariantSpec = { arch: ['x86_64'], sighash: 'A' };
const ARM: VariantSpec = { arch: ['aarch64'], sighash: 'B' };
const X86_OTHER: VariantSpec = { arch: ['x86_64'], sighash: 'C' };

const kinds = (d: Drift[]) => d.map((x) => x.kind);

describe('computeChannelBoard', () => {
  it('shows the best version per channel and no drift when the channels agree', () => {
    const ix = channelIndex({ app: { '1.0.0:0': [X86], '1.1.0:0': [X86] } });
    const [row, ...rest] = computeChannelBoard([ix, structuredClone(ix)]);
    expect(rest).toEqual([]);
    expect(row!.entries.map((e) => e?.version)).toEqual(['1.1.0:0', '1.1.0:0']);
    expect(row!.drift).toEqual([]);
  });

  it('flags a newer version in an earlier channel, also when the later one lacks the package', () => {
    const alpha = channelIndex({ app: { '1.0.0:0': [X86], '1.2.0:0': [X86] }, solo: { '2.0.0:0': [X86] } });
    const beta = channelIndex({ app: { '1.0.0:0': [X86] } });
    const rows = computeChannelBoard([alpha, beta]);
    expect(rows.map((r) => r.id)).toEqual(['app', 'solo']);
    expect(rows[0]!.drift).toEqual([{ kind: 'newer', from: 0, to: 1, version: '1.2.0:0', behind: '1.0.0:0' }]);
    expect(rows[1]!.drift).toEqual([{ kind: 'newer', from: 0, to: 1, version: '2.0.0:0', behind: null }]);
    expect(rows[1]!.entries[1]).toBeNull();
  });

  it('compares versions by exver, not as strings', () => {
    const alpha = channelIndex({ app: { '1.10.0:0': [X86] } });
    const beta = channelIndex({ app: { '1.9.0:0': [X86] } });
    expect(kinds(computeChannelBoard([alpha, beta])[0]!.drift)).toContain('newer');
    expect(kinds(computeChannelBoard([beta, alpha])[0]!.drift)).not.toContain('newer');
  });

  it('flags a variant present earlier and missing later', () => {
    const beta = channelIndex({ app: { '1.0.0:0': [X86, ARM] } });
    const stable = channelIndex({ app: { '1.0.0:0': [X86] } });
    const [row] = computeChannelBoard([beta, stable]);
    expect(row!.drift).toEqual([{ kind: 'missing-variant', from: 0, to: 1, version: '1.0.0:0', hardware: [{ device: [], ram: null, arch: ['aarch64'] }] }]);
  });

  it('flags a version in a later channel that the earlier one no longer has', () => {
    const beta = channelIndex({ app: { '1.1.0:0': [X86] } });
    const stable = channelIndex({ app: { '1.0.0:0': [X86], '1.1.0:0': [X86] } });
    expect(computeChannelBoard([beta, stable])[0]!.drift).toEqual([{ kind: 'gone', earlier: 0, later: 1, version: '1.0.0:0' }]);
  });

  it('flags different commitments for one version and hardware across any channels', () => {
    const alpha = channelIndex({ app: { '1.0.0:0': [X86] } });
    const beta = channelIndex({ app: { '1.0.0:0': [X86] } });
    const stable = channelIndex({ app: { '1.0.0:0': [X86_OTHER] } });
    const [row] = computeChannelBoard([alpha, beta, stable]);
    expect(row!.drift).toEqual([{ kind: 'conflict', version: '1.0.0:0', hardware: { device: [], ram: null, arch: ['x86_64'] }, channels: [0, 1, 2] }]);
  });

  it('treats Base64 padding and arch order as the same identity', () => {
    const a = channelIndex({ app: { '1.0.0:0': [{ arch: ['x86_64', 'aarch64'], sighash: 'A' }] } });
    const b = structuredClone(a);
    const variant = b.packages.app!.versions['1.0.0:0']!.s9pks[0]!;
    variant[0].arch = ['aarch64', 'x86_64'];
    variant[1].commitment.rootSighash += '=';
    expect(computeChannelBoard([a, b])[0]!.drift).toEqual([]);
    expect(hardwareKey(variant[0])).toBe(hardwareKey(a.packages.app!.versions['1.0.0:0']!.s9pks[0]![0]));
  });

  it('gives each flavor its own row and never compares across flavors', () => {
    const alpha = channelIndex({ btc: { '#knots:28.0:0': [X86], '27.0:0': [X86] } });
    const beta = channelIndex({ btc: { '#knots:27.0:0': [X86], '27.0:0': [X86] } });
    const rows = computeChannelBoard([alpha, beta]);
    expect(rows.map((r) => [r.flavor, r.entries.map((e) => e?.version)])).toEqual([
      [null, ['27.0:0', '27.0:0']],
      ['knots', ['#knots:28.0:0', '#knots:27.0:0']],
    ]);
    expect(rows[0]!.drift).toEqual([]);
    expect(kinds(rows[1]!.drift)).toEqual(['newer', 'gone']);
  });

  it('ignores version keys that do not parse', () => {
    const alpha = channelIndex({ app: { 'not a version': [X86], '1.0.0:0': [X86] } });
    const [row] = computeChannelBoard([alpha, structuredClone(alpha)]);
    expect(row!.entries.map((e) => e?.version)).toEqual(['1.0.0:0', '1.0.0:0']);
  });
});

describe('filterBoard', () => {
  const dev = keyOf(DEVELOPER);
  const alice = keyOf(ALICE);
  const alpha = channelIndex({ a: { '1.0.0:0': [{ ...X86, signers: [dev] }] }, b: { '2.0.0:0': [{ ...X86, signers: [alice] }] } }, ['bitcoin']);
  const beta = channelIndex({ a: { '1.0.0:0': [{ ...X86, signers: [dev] }] } }, ['featured']);
  const rows = computeChannelBoard([alpha, beta]);

  it('keeps drifted rows only', () => {
    expect(filterBoard(rows, { driftedOnly: true, category: null, signer: null }).map((r) => r.id)).toEqual(['b']);
  });

  it('filters by category (the union over channels) and by signer key', () => {
    expect(filterBoard(rows, { driftedOnly: false, category: 'featured', signer: null }).map((r) => r.id)).toEqual(['a']);
    expect(filterBoard(rows, { driftedOnly: false, category: 'bitcoin', signer: alice }).map((r) => r.id)).toEqual(['b']);
  });

  it('lists the categories and signers present', () => {
    expect(boardFacets(rows)).toEqual({ categories: ['bitcoin', 'featured'], signers: [dev, alice].sort() });
  });
});
