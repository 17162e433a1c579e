/**
 * @module
 * Large registry answers for bench/run.ts (issue 11, item 6): a synthetic 1000-package ×
 * 10-version `package.index` (about 24 MiB) served to the benchmark page, which receives it
 * through the registry client and checks it on the main thread, in the answer worker after
 * receiving it on the page (before), or streamed to the answer worker (after), alternating with
 * a run that only receives the body on the page, while long tasks and the 10 ms heartbeat are
 * watched. Reports the longest main-thread task and the total of long tasks per path and the
 * after/before ratios within this run. Not product code.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { answerBody, largePackageIndex } from '../src/core/testing/large-index.ts';
import type { Target } from './table.ts';

const PACKAGES = 1000;
const VERSIONS = 10;
const ROUNDS = 5;
const MiB = 1 << 20;
const MODES = ['receive-only', 'in-process', 'worker-received-here', 'worker-streamed'] as const;

type Mode = (typeof MODES)[number];
interface Run {
  ms: number;
  longest: number;
  total: number;
  maxGap: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f0 = (x: number) => x.toFixed(0);

/** Writes the answer into the served `distDir`, measures the three paths and returns their rows. */
export async function measureLargeAnswer(page: Page, distDir: string): Promise<Target[]> {
  const body = new Uint8Array(answerBody(largePackageIndex(PACKAGES, VERSIONS)));
  await writeFile(join(distDir, 'large-index-answer.json'), body);
  const runs = Object.fromEntries(MODES.map((m) => [m, [] as Run[]])) as Record<Mode, Run[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of MODES) {
      await page.evaluate(() => window.bench.gc());
      await page.waitForTimeout(500);
      const r = await page.evaluate((m) => window.bench.largeAnswer(m), mode);
      if (mode !== 'receive-only' && r.value !== PACKAGES) throw new Error(`${mode}: ${r.value} packages`);
      const durations = r.longTasks.map((t) => t.duration);
      runs[mode].push({ ms: r.ms, longest: Math.max(0, ...durations), total: durations.reduce((a, b) => a + b, 0), maxGap: r.maxGap });
    }
  }
  const summary = (mode: Mode) => {
    const rs = runs[mode];
    const of = (k: keyof Run) => median(rs.map((r) => r[k]));
    return { ms: of('ms'), longest: of('longest'), total: of('total'), maxGap: of('maxGap') };
  };
  const [floor, inProcess, before, after] = MODES.map(summary) as [Run, Run, Run, Run];
  const describe = (s: Run) =>
    `longest task ${f0(s.longest)} ms, long tasks ${f0(s.total)} ms in all, max 10 ms-timer gap ${f0(s.maxGap)} ms, done in ${f0(s.ms)} ms`;
  const size = `${(body.length / MiB).toFixed(1)} MiB package.index (${PACKAGES} × ${VERSIONS})`;
  const vs = (base: Run) =>
    `longest ${(after.longest / Math.max(1, base.longest)).toFixed(2)}, total ${(after.total / Math.max(1, base.total)).toFixed(2)}`;
  return [
    { target: `${size}, only received (floor), median of ${ROUNDS}`, value: describe(floor), met: true },
    { target: `${size}, checked in-process`, value: describe(inProcess), met: true },
    { target: `${size}, received on the page, checked in the answer worker (before)`, value: describe(before), met: true },
    {
      target: `${size}, streamed to the answer worker (after): longest task ≤ before`,
      value: `${describe(after)}; after/before: ${vs(before)}; after/in-process: ${vs(inProcess)}`,
      met: after.longest <= before.longest,
    },
  ];
}
