// Bounded run of the mutation campaign (fuzz-campaign.ts); `npx tsx src/cli/fuzz-s9pk.ts <runs>`
// runs it longer.
import { describe, it, expect } from 'vitest';
import { applyMutation, outcome, runMutationCampaign } from './fuzz-campaign.ts';
import { buildFixtureS9pk } from './fixtures.ts';
import { CoreError } from '../errors.ts';

describe('mutation campaign', () => {
  it('200 random mutations: typed errors or untouched content', async () => {
    await runMutationCampaign({ runs: 200 });
  }, 60_000);

  it('every single-bit flip in the header and root table is rejected (strict layout)', async () => {
    const a = await buildFixtureS9pk({ imageSize: 16, assets: false });
    for (let at = 0; at < 400; at += 3) {
      const o = await outcome(applyMutation(a, { op: 'flip', at, mask: 1 << (at % 8) }));
      expect(o instanceof CoreError, `flip at ${at}`).toBe(true);
    }
  }, 60_000);
});
