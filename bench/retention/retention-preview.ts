/**
 * @module
 * Time to compute the retention preview (issue 17 item 5, core/registry/retention.ts) for
 * 1000 packages × 10 versions from the browse benchmark's synthetic database
 * (browse/synthetic-registry.ts), per rule and with all rules on. As generated, every version
 * is built for one StartOS version (3 device groups a package); `spread` gives versions 0–2,
 * 3–5 and 6–9 different StartOS versions (9 device groups a package), a heavier case.
 * Usage: `tsx bench/retention/retention-preview.ts [--packages 1000] [--runs 7]`. Prints ms.
 */
import { loadavg, cpus } from 'node:os';
import { planRetention, NO_RULES, type RetentionRules } from '../../src/core/registry/retention.ts';
import type { PackageIndex } from '../../src/core/rpc/types.ts';
import { syntheticDatabase } from '../browse/synthetic-registry.ts';
import { median, numberArg } from '../cli.ts';

/** The synthetic index, with versions spread over three StartOS versions when `spread`. */
export function retentionIndex(packages: number, versions: number, spread: boolean): PackageIndex {
  const index = syntheticDatabase(packages, versions).index.package;
  if (spread) {
    for (const pkg of Object.values(index.packages)) {
      for (const [i, info] of Object.values(pkg.versions).entries()) info.osVersion = i < 3 ? '0.3.5' : i < 6 ? '0.3.6' : '0.4.0-beta.10';
    }
  }
  return index;
}

/** The rules measured: each alone, then all three (publish times span 1000 × 10 minutes from 2026-01-01). */
export const RULE_CASES: { name: string; rules: RetentionRules }[] = [
  { name: 'keep newest 2', rules: { ...NO_RULES, keepNewest: 2 } },
  { name: 'received before day 4', rules: { ...NO_RULES, publishedBefore: '2026-01-04T00:00:00Z' } },
  { name: 'not newest from OS 0.3.6', rules: { ...NO_RULES, notNewestFromOs: '0.3.6' } },
  { name: 'all three', rules: { keepNewest: 2, publishedBefore: '2026-01-04T00:00:00Z', notNewestFromOs: '0.3.6' } },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const packages = numberArg('packages', 1000);
  const runs = numberArg('runs', 7);
  console.log(`retention preview, ${packages} packages × 10 versions, ${runs} runs each; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`);
  console.log('index | rule | selected | path changes | wall median (min) ms | CPU median ms');
  for (const spread of [false, true]) {
    const index = retentionIndex(packages, 10, spread);
    for (const { name, rules } of RULE_CASES) {
      const wall: number[] = [];
      // CPU time of this process: less distorted than wall time on a shared, busy machine
      const cpu: number[] = [];
      let selected = 0;
      let changes = 0;
      for (let r = 0; r < runs; r++) {
        const t = performance.now();
        const c = process.cpuUsage();
        const plan = planRetention(index, rules);
        const used = process.cpuUsage(c);
        wall.push(performance.now() - t);
        cpu.push((used.user + used.system) / 1000);
        selected = plan.remove.length;
        changes = plan.pathChanges.length;
      }
      console.log(`${spread ? 'spread OS' : 'as generated'} | ${name} | ${selected} | ${changes} | ${median(wall).toFixed(1)} (${Math.min(...wall).toFixed(1)}) | ${median(cpu).toFixed(1)}`);
    }
  }
}
