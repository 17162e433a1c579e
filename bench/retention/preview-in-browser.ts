/**
 * @module
 * `tsx bench/retention/preview-in-browser.ts [--runs 5]`: the retention preview (issue 17 item 5)
 * in headless Chromium over the 1000 packages × 10 versions of retention-preview.ts (the browse
 * benchmark's synthetic index), for each rule case: planned on the main thread (as the page did)
 * and through the retention worker (as it does now). Prints medians of the wall time, the
 * longest main-thread task and the largest heartbeat gap, and the main-thread/worker ratio of
 * the longest task. Not product code.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, buildHarness, launchChromium, serveStatic } from '../../e2e/worker-harness/serve.ts';
import type { PlanMode, PlanRun } from './page/retention-page.ts';
import { RULE_CASES, retentionIndex } from './retention-preview.ts';
import { median } from '../cli.ts';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
const f0 = (x: number) => x.toFixed(0);

const dir = await mkdtemp(join(tmpdir(), 'retention-bench-'));
const outDir = join(dir, 'dist');
await buildHarness(join(REPO_ROOT, 'bench/retention/page'), outDir, join(dir, 'cache'));
await writeFile(join(outDir, 'retention-index.json'), JSON.stringify(retentionIndex(1000, 10, true)));
const server = await serveStatic(outDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.title === 'ready');
  console.log(`retention preview in Chromium, 1000 packages × 10 versions (StartOS versions spread), median of ${runs} runs; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`);
  console.log('rule | mode | wall ms | longest task ms | long tasks | heartbeat gap ms | longest task main/worker');
  for (const { name, rules } of RULE_CASES) {
    const by: Partial<Record<PlanMode, PlanRun[]>> = {};
    for (let r = 0; r < runs; r++) {
      for (const mode of ['main-thread', 'worker'] as const) {
        (by[mode] ??= []).push(await page.evaluate(([m, x]) => window.retentionBench.run(m, x), [mode, rules] as const));
      }
    }
    const longest = (m: PlanMode) => median(by[m]!.map((x) => x.longest));
    for (const mode of ['main-thread', 'worker'] as const) {
      const xs = by[mode]!;
      const ratio = mode === 'worker' ? `${(longest('main-thread') / Math.max(1, longest('worker'))).toFixed(1)}×` : '';
      console.log(`${name} | ${mode} | ${f0(median(xs.map((x) => x.ms)))} | ${f0(longest(mode))} | ${median(xs.map((x) => x.longTasks))} | ${f0(median(xs.map((x) => x.maxGap)))} | ${ratio}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
