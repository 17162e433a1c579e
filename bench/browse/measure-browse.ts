/**
 * @module
 * The browse benchmark (issue 12 item 3): the production build of the console (`vite build`
 * with the project's config) opened in headless Chromium on a stand-in registry seeded with
 * 1000 packages × 10 versions. Measures the time from the end of the `package.index` response
 * to the first painted card, search latency (keystroke → results painted), long tasks while
 * scrolling and while typing, and the JS heap. Not product code.
 */
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { REPO_ROOT, launchChromium, serveStatic } from '../../e2e/worker-harness/serve.ts';
import type { Target } from '../table.ts';
import { installProbe, scrollToBottom, watchResultCount, type ProbeState } from './page-probe.ts';
import { startSyntheticRegistry, syntheticDatabase, type IconKind } from './synthetic-registry.ts';

const FIRST_CARD_TARGET_MS = 500;
const LONG_TASK_TARGET_MS = 50;
const TYPING_DELAY_MS = 120;
const QUERIES = ['svc-0777', 'Service 777', 'backup'];
/** Enough to attribute a long task: tasks, JS entry points, GC, message (de)serialization. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.gc'];

/** One measured phase of the browse run. */
export interface BrowseRow {
  phase: string;
  ms: number;
  longTasks: number;
  maxLongTask: number;
  note: string;
}

export interface BrowseOptions {
  /** The checkout whose console is built (default: this one), e.g. a baseline for comparison. */
  appRoot?: string;
  packages?: number;
  versions?: number;
  icons?: IconKind;
  /** Writes a Chromium performance trace of the whole run there (see trace-attribution.ts). */
  tracePath?: string;
}

export interface BrowseResult {
  indexBytes: number;
  rows: BrowseRow[];
  targets: Target[];
}

const probe = (page: Page) => page.evaluate(() => window.browseProbe);

/** Long tasks that overlap [from, to] (page clock). */
function tasksIn(state: ProbeState, from: number, to: number) {
  const hit = state.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return { count: hit.length, max: Math.max(0, ...hit.map((t) => t.duration)) };
}

/**
 * When the longest fetch to the registry (the `package.index` answer) started and ended, page
 * clock. Its end depends on how fast the page takes the body in (a body read slowly ends late),
 * so the start is reported too.
 */
function indexResponse(page: Page, registry: string) {
  return page.evaluate((origin) => {
    const entries = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.startsWith(origin))
      .sort((a, b) => b.duration - a.duration);
    return { start: entries[0]?.startTime ?? NaN, end: entries[0]?.responseEnd ?? NaN };
  }, registry);
}

/** Types `text` into the search box; per keystroke, the time until its results were painted. */
async function typeQuery(page: Page, text: string) {
  const box = page.getByLabel('Search');
  await box.fill('');
  await page.waitForTimeout(500);
  const before = await probe(page);
  const from = await page.evaluate(() => performance.now());
  await box.pressSequentially(text, { delay: TYPING_DELAY_MS });
  // The box may not hold `text`: a controlled input that lags behind the keys loses some.
  const shown = await box.inputValue();
  await page
    .waitForFunction(
      (w) => window.browseProbe.counts.some((c) => !c.stale && c.text.includes(w)),
      `“${shown.trim()}”`,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(300);
  const state = await probe(page);
  const to = await page.evaluate(() => performance.now());
  const inputs = state.inputs.slice(before.inputs.length).filter((i) => i.value !== '');
  const counts = state.counts.slice(before.counts.length).filter((c) => !c.stale);
  const latencies = inputs.flatMap((input, k) => {
    const next = inputs[k + 1]?.at ?? Infinity;
    const shown = counts.find((c) => c.at > input.at && c.text.includes(`“${input.value.trim()}”`));
    return shown && shown.at < next + 1000 ? [shown.at - input.at] : [];
  });
  const first = await page
    .getByRole('list', { name: 'Packages' })
    .getByRole('listitem')
    .first()
    .innerText();
  return {
    last: latencies.at(-1) ?? NaN,
    max: Math.max(0, ...latencies),
    tasks: tasksIn(state, from, to),
    ms: to - from,
    firstCard: first
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, 3)
      .join(' · '),
    shown,
  };
}

/** Runs the whole browse benchmark; `scratch` is a temp folder for the build. */
export async function measureBrowse(
  scratch: string,
  { appRoot = REPO_ROOT, packages = 1000, versions = 10, icons = 'png', tracePath }: BrowseOptions = {},
): Promise<BrowseResult> {
  const outDir = join(scratch, 'console-dist');
  await build({ root: appRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const db = syntheticDatabase(packages, versions, icons);
  const indexBytes = JSON.stringify(db.index.package).length;
  const registry = await startSyntheticRegistry(db);
  const app = await serveStatic(outDir);
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles with esbuild's keepNames: functions sent to the page call its `__name`.
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await page.addInitScript(installProbe);
    const rows: BrowseRow[] = [];
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    await page.addInitScript({ content: "performance.mark('bench:load')" });
    await page.goto(`${app.url}#/r/${encodeURIComponent(registry.url)}`);
    await page.waitForFunction(() => window.browseProbe.complete !== null, undefined, {
      timeout: 120_000,
    });
    await page.waitForTimeout(500);
    const response = await indexResponse(page, registry.url);
    const responseEnd = response.end;
    const loaded = await probe(page);
    const firstCardMs = loaded.firstCard! - responseEnd;
    const load = tasksIn(loaded, responseEnd, loaded.firstCard!);
    rows.push({
      phase: 'index response end → first card painted',
      ms: firstCardMs,
      longTasks: load.count,
      maxLongTask: load.max,
      note: `request sent → first card ${(loaded.firstCard! - response.start).toFixed(0)} ms; ${packages} × ${versions} versions, ${(indexBytes / 2 ** 20).toFixed(1)} MiB of JSON, ${icons} icons; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
    });
    const checked = tasksIn(loaded, responseEnd, loaded.complete!);
    rows.push({
      phase: 'index response end → whole index checked (count shown)',
      ms: loaded.complete! - responseEnd,
      longTasks: checked.count,
      maxLongTask: checked.max,
      note: 'until then the grid shows the packages checked so far',
    });

    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    await page.evaluate(() => performance.mark('bench:scroll'));
    const scrollFrom = await page.evaluate(() => performance.now());
    const scrollMs = await page.evaluate(scrollToBottom, 400);
    await page.waitForTimeout(300);
    const scrolled = tasksIn(await probe(page), scrollFrom, scrollFrom + scrollMs + 300);
    rows.push({
      phase: 'scroll to the bottom, 400 px per frame',
      ms: scrollMs,
      longTasks: scrolled.count,
      maxLongTask: scrolled.max,
      note: '',
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => performance.mark('bench:typing'));
    await page.evaluate(watchResultCount);

    const typing: Awaited<ReturnType<typeof typeQuery>>[] = [];
    for (const q of QUERIES) {
      const r = await typeQuery(page, q);
      typing.push(r);
      rows.push({
        phase: `type “${q}” (${TYPING_DELAY_MS} ms per key)`,
        ms: r.last,
        longTasks: r.tasks.count,
        maxLongTask: r.tasks.max,
        note: `${r.shown === q ? '' : `box shows “${r.shown}”! `}last key → results ${r.last.toFixed(0)} ms (worst key ${r.max.toFixed(0)} ms); first: ${r.firstCard}`,
      });
    }
    const worstTask = Math.max(scrolled.max, ...typing.map((t) => t.tasks.max));
    const targets: Target[] = [
      {
        target: `browse: first card ≤ ${FIRST_CARD_TARGET_MS} ms after the index response`,
        value: `${firstCardMs.toFixed(0)} ms (${load.count} long tasks, longest ${load.max.toFixed(0)} ms); heap after load ${(heap / 2 ** 20).toFixed(0)} MiB`,
        met: firstCardMs <= FIRST_CARD_TARGET_MS,
      },
      {
        target: `browse: no long task > ${LONG_TASK_TARGET_MS} ms while scrolling or typing`,
        value: `scrolling ${scrolled.count} (max ${scrolled.max.toFixed(0)} ms); typing ${typing.map((t) => `${t.tasks.count} (max ${t.tasks.max.toFixed(0)} ms)`).join(', ')}`,
        met: worstTask <= LONG_TASK_TARGET_MS,
      },
      {
        target: 'browse: every typed key reaches the search box',
        value: typing.map((t) => `“${t.shown}”`).join(', '),
        met: typing.every((t, k) => t.shown === QUERIES[k]),
      },
      {
        target: 'browse: the exact id (marked) and the exact title come first',
        value: typing
          .slice(0, 2)
          .map((t) => t.firstCard)
          .join(' | '),
        met:
          typing[0]!.firstCard.includes('svc-0777') &&
          typing[0]!.firstCard.includes('Exact match') &&
          typing[1]!.firstCard.startsWith('Service 777'),
      },
    ];
    if (tracePath) await browser.stopTracing();
    return { indexBytes, rows, targets };
  } finally {
    await browser.close();
    await app.close();
    await registry.close();
  }
}
