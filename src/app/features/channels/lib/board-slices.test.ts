/** The sliced computation gives the same board as the one-shot core function. */
import { describe, expect, it } from 'vitest';
import { computeChannelBoard } from '../../../../core/registry/channel-board.ts';
import { channelIndex } from '../../../../core/testing/channel-index.ts';
import { computeBoardInSlices } from './board-slices.ts';

describe('computeBoardInSlices', () => {
  it('equals computeChannelBoard', async () => {
    const packages = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, { [`1.${i % 7}.0:0`]: [{ arch: ['x86_64'], sighash: 'A' }] }]));
    const a = channelIndex(packages);
    const b = channelIndex({ ...packages, extra: { '1.0.0:0': [{ arch: ['x86_64'], sighash: 'B' }] } });
    const sliced = await computeBoardInSlices([a, b]);
    expect(sliced.rows).toEqual(computeChannelBoard([a, b]));
    expect(sliced.computeMs).toBeGreaterThan(0);
  });
});
