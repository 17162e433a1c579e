/**
 * @module
 * Long mutation campaign over s9pk archives (src/core/testing/fuzz-campaign.ts).
 * Usage: npx tsx src/cli/fuzz-s9pk.ts [runs=10000] [seed]
 */
import { runMutationCampaign } from '../core/testing/fuzz-campaign.ts';

const runs = Number(process.argv[2] ?? 10_000);
const seed = process.argv[3] === undefined ? Date.now() | 0 : Number(process.argv[3]);
console.log(`s9pk mutation campaign: ${runs} runs, seed ${seed}`);
const started = Date.now();
try {
  await runMutationCampaign({ runs, seed });
  console.log(`ok: ${runs} runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
