/**
 * @module
 * `tsx bench/channels/board-in-browser.ts [--packages 1000]`: the channel board (issue 14 item
 * 1) in headless Chromium on the production build, over three stand-in registries seeded with
 * channel-board.ts's synthetic line (alpha/beta/stable × 1000 packages × 10 versions). Prints
 * the board's own computing time (the sum of its slices), the wall time from the last
 * `package.index` answer to the board on screen, and the long tasks in between. Not product code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT, launchChromium, serveStatic } from '../../e2e/worker-harness/serve.ts';
import { installProbe } from '../browse/page-probe.ts';
import { startSyntheticRegistry, syntheticDatabase } from '../browse/synthetic-registry.ts';
import { syntheticChannels } from './channel-board.ts';

const at = process.argv.indexOf('--packages');
const packages = at > 0 ? Number(process.argv[at + 1]) : 1000;
const dir = await mkdtemp(join(tmpdir(), 'channels-bench-'));
const outDir = join(dir, 'dist');
await build({ root: REPO_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const registries = await Promise.all(
  syntheticChannels(packages, 10).map((index) => {
    const db = syntheticDatabase(0, 0);
    db.index.package = index;
    return startSyntheticRegistry(db);
  }),
);
const app = await serveStatic(outDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(installProbe);
  const line = new URLSearchParams(['alpha', 'beta', 'stable'].map((l, i) => ['ch', `${l}@${registries[i]!.url}`]));
  await page.goto(`${app.url}#/channels?${line.toString()}`);
  const timing = page.getByTestId('board-timing');
  await timing.waitFor({ timeout: 180_000 });
  const shownAt = await page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0))));
  const text = (await timing.textContent()) ?? '';
  const indexEnd = await page.evaluate((origins) => {
    const ends = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => origins.some((o) => e.name.startsWith(o)))
      .map((e) => e.responseEnd);
    return Math.max(...ends);
  }, registries.map((r) => r.url));
  const all = await page.evaluate(() => window.browseProbe.longTasks);
  const tasks = all.filter((t) => t.start + t.duration >= indexEnd && t.start <= shownAt);
  const measure = await page.evaluate(() => performance.getEntriesByName('channel-board').map((e) => ({ start: e.startTime, duration: e.duration }))[0]!);
  const during = all.filter((t) => t.start + t.duration >= measure.start && t.start <= measure.start + measure.duration);
  console.log(`channel board in Chromium, 3 registries × ${packages} packages × 10 versions; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`);
  console.log(`board says: ${text}`);
  console.log(`last package.index answer → board painted: ${(shownAt - indexEnd).toFixed(0)} ms`);
  console.log(`long tasks in between: ${tasks.length}, longest ${Math.max(0, ...tasks.map((t) => t.duration)).toFixed(0)} ms (receiving and checking the answers, rendering)`);
  console.log(`board computation, slices and pauses: ${measure.duration.toFixed(0)} ms wall; long tasks during it: ${during.length}, longest ${Math.max(0, ...during.map((t) => t.duration)).toFixed(0)} ms`);
} finally {
  await browser.close();
  await app.close();
  await Promise.all(registries.map((r) => r.close()));
  await rm(dir, { recursive: true, force: true });
}
