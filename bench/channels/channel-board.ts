/**
 * @module
 * Time to compute the channel board (issue 14 item 1) for 3 registries × 1000 packages × 10
 * versions, from the browse benchmark's synthetic database (browse/synthetic-registry.ts):
 * alpha is the database as generated, beta lacks each package's newest version, stable keeps
 * the first five versions and a different build of every 50th package's first version.
 * Usage: `tsx bench/channels/channel-board.ts [--packages 1000] [--runs 15]`. Prints ms.
 */
import { computeChannelBoard } from '../../src/core/registry/channel-board.ts';
import type { PackageIndex } from '../../src/core/rpc/types.ts';
import { syntheticDatabase } from '../browse/synthetic-registry.ts';
import { median, numberArg } from '../cli.ts';

/** Three channels from one synthetic index; every package drifts in some way. */
export function syntheticChannels(packages: number, versions: number): PackageIndex[] {
  const alpha = syntheticDatabase(packages, versions).index.package;
  const beta = structuredClone(alpha);
  const stable = structuredClone(alpha);
  for (const [i, pkg] of Object.values(beta.packages).entries()) {
    delete pkg.versions[`1.${versions - 1}.0:0`];
    const s = stable.packages[Object.keys(beta.packages)[i]!]!;
    for (let v = 5; v < versions; v++) delete s.versions[`1.${v}.0:0`];
    if (i % 50 === 0) s.versions['1.0.0:0']!.s9pks[0]![1].commitment.rootSighash = 'Z'.repeat(43);
  }
  return [alpha, beta, stable];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packages = numberArg('packages', 1000);
  const runs = numberArg('runs', 15);
  const channels = syntheticChannels(packages, 10);
  const times: number[] = [];
  // CPU time of this process: less distorted than wall time on a shared, busy machine
  const cpu: number[] = [];
  let rows = 0;
  let drifted = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const board = computeChannelBoard(channels);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    rows = board.length;
    drifted = board.filter((b) => b.drift.length > 0).length;
  }
  console.log(`channel board, 3 registries × ${packages} packages × 10 versions: ${rows} rows, ${drifted} drifted`);
  console.log(`wall: first run ${times[0]!.toFixed(1)} ms, median of ${runs} ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`);
  console.log(`CPU:  first run ${cpu[0]!.toFixed(1)} ms, median of ${runs} ${median(cpu).toFixed(1)} ms, min ${Math.min(...cpu).toFixed(1)} ms (includes GC threads)`);
}
