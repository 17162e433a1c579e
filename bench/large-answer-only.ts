/**
 * @module
 * `npm run bench -- --only large-answer`: builds the benchmark page and measures only the
 * large registry answer (large-answer.ts), without the 1 GiB archive. Not product code.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, buildHarness, launchChromium, serveStatic } from '../e2e/worker-harness/serve.ts';
import { measureLargeAnswer } from './large-answer.ts';
import { printTable } from './table.ts';

/** Runs the large-answer rows in `dir` (a fresh temp directory) and prints them. */
export async function benchLargeAnswerOnly(dir: string): Promise<void> {
  await buildHarness(join(REPO_ROOT, 'bench/harness'), join(dir, 'dist'), join(dir, 'cache'));
  const server = await serveStatic(join(dir, 'dist'));
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.title === 'ready');
    const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
    console.log(`measuring… (load average ${load()})`);
    const targets = await measureLargeAnswer(page, join(dir, 'dist'));
    printTable([], targets);
    console.log(`load average after: ${load()}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
