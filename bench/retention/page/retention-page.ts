/**
 * @module
 * Benchmark page for bench/retention/preview-in-browser.ts: reads the synthetic index the
 * benchmark wrote beside it, then plans it on demand on the main thread (`planRetention`, as
 * the page did before) or through the retention worker (worker/retention-client.ts), watching
 * long tasks and the 10 ms heartbeat. Not product code.
 */
import { planRetention, type RetentionRules } from '../../../src/core/registry/retention.ts';
import type { PackageIndex } from '../../../src/core/rpc/types.ts';
import { planRetentionOffThread } from '../../../src/worker/retention-client.ts';
import { heartbeat } from '../../../e2e/worker-harness/heartbeat.ts';

export type PlanMode = 'main-thread' | 'worker';
export interface PlanRun {
  ms: number;
  longest: number;
  longTasks: number;
  maxGap: number;
  removed: number;
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

let index: PackageIndex | null = null;

async function run(mode: PlanMode, rules: RetentionRules): Promise<PlanRun> {
  index ??= (await (await fetch('./retention-index.json')).json()) as PackageIndex;
  const data = index;
  // a quiet moment first, so the tasks counted are this run's
  await new Promise((ok) => setTimeout(ok, 200));
  const t0 = performance.now();
  const { result, maxGap } = await heartbeat(async () => (mode === 'worker' ? planRetentionOffThread(data, rules) : planRetention(data, rules)));
  const ms = performance.now() - t0;
  // long tasks are reported after they end: give the observer a moment
  await new Promise((ok) => setTimeout(ok, 50));
  const tasks = longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= t0 + ms);
  return { ms, longest: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length, maxGap, removed: result.remove.length };
}

declare global {
  interface Window {
    retentionBench: { run: typeof run };
  }
}
window.retentionBench = { run };
document.title = 'ready';
