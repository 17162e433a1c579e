/**
 * @module
 * Benchmark of browser verification (../shared/notes/hashing-in-the-browser.md; targets from
 * the worker brief): writes a 1 GiB archive to a temp file (streaming writer), then in one
 * headless Chromium run measures raw File read throughput, our worker verification, the
 * whole-file BLAKE3 commitment of OS image assets (hashBlake3File), other read
 * strategies, the noble fallback, upstream's whole-member approach, extra memory, main-thread
 * long tasks, drop → manifest+icon time, the main thread while files declaring many
 * dependencies are dropped (hostile-drops.ts) and while a 24 MiB package.index is received and
 * checked in-process or in the answer worker (large-answer.ts); then the browse benchmark
 * (browse/) and uploads through a slow link (upload.ts). Prints the tables; writes
 * bench/results/<ts>.json.
 * Usage: `tsx bench/run.ts [--size-mib 1024] [--only large-answer]`. Numbers drift: compare within one run.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  REPO_ROOT,
  buildHarness,
  launchChromium,
  serveStatic,
} from '../e2e/worker-harness/serve.ts';
import { writeFixtureFile } from '../e2e/worker-harness/fixture-file.ts';
import { measureHostileDrops } from './hostile-drops.ts';
import { measureLargeAnswer } from './large-answer.ts';
import { benchLargeAnswerOnly } from './large-answer-only.ts';
import { sampleMemory } from './proc-memory.ts';
import type { BenchTask } from './harness/bench-worker.ts';
import { printTable, printUploadTable, type Row } from './table.ts';
import { measureBrowse } from './browse/measure-browse.ts';
import { printBrowseTable } from './browse/print-browse.ts';
import { measureUpload } from './upload.ts';
import { median, numberArg } from './cli.ts';

const MiB = 1 << 20;
const sizeMiB = numberArg('size-mib', 1024);
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const dir = await mkdtemp(join(tmpdir(), 's9pk-bench-'));
const marker = `--s9pk-bench=${randomUUID()}`;
try {
  if (process.argv.includes('--only')) {
    if (process.argv[process.argv.indexOf('--only') + 1] !== 'large-answer')
      throw new Error('--only takes large-answer');
    await benchLargeAnswerOnly(dir);
    process.exit(0);
  }
  const archive = join(dir, 'bench.s9pk');
  const t = performance.now();
  const written = await writeFixtureFile(archive, {
    id: 'bench-package',
    title: 'Bench Package',
    arches: ['x86_64', 'aarch64'],
    images: ['main', 'postgres'],
    imageSize: Math.floor((sizeMiB * MiB) / 4),
    dependencies: [
      { id: 'bitcoind', title: 'Bitcoin Core' },
      { id: 'tor', optional: true },
    ],
  });
  console.log(
    `wrote ${(written.size / MiB).toFixed(0)} MiB, ${written.members.length} members, in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const largest = written.members.reduce((a, b) => (b.size > a.size ? b : a));

  await buildHarness(join(REPO_ROOT, 'bench/harness'), join(dir, 'dist'), join(dir, 'cache'));
  const server = await serveStatic(join(dir, 'dist'));
  const browser = await launchChromium([marker, '--js-flags=--expose-gc']);
  const memory = sampleMemory(marker);
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.title === 'ready');
  const chromiumVersion = browser.version();

  // Drop → manifest + icon, timed in the page from the input's change event (and from Node,
  // around setInputFiles). 'cold': no worker yet; 'prewarmed': a fresh page that called
  // prewarmS9pkWorkers() 1 s before the drop (what a drop zone should do); 'warm': reused.
  const drops: { kind: string; pageMs: number; nodeMs: number }[] = [];
  const drop = async (p: typeof page, kind: string) => {
    await p.setInputFiles('#drop', []);
    const t0 = performance.now();
    await p.setInputFiles('#drop', archive);
    const h = await p.waitForFunction(() => window.bench.dropped(), undefined, { polling: 5 });
    const nodeMs = performance.now() - t0;
    const d = (await h.jsonValue()) as { ms?: number; error?: string };
    if (d.error !== undefined) throw new Error(d.error);
    drops.push({ kind, pageMs: d.ms!, nodeMs });
  };
  await drop(page, 'cold');
  await drop(page, 'warm');
  await drop(page, 'warm');
  const fresh = await browser.newPage();
  await fresh.goto(server.url);
  await fresh.waitForFunction(() => document.title === 'ready');
  await fresh.evaluate(() => window.bench.prewarm());
  await sleep(1000);
  await drop(fresh, 'prewarmed');
  await fresh.close();
  const hostile = await measureHostileDrops(page, dir);
  const largeAnswer = await measureLargeAnswer(page, join(dir, 'dist'));
  await page.setInputFiles('#file', archive);
  await page.evaluate(() => window.bench.endWorkers());

  const rows: Row[] = [];
  const phase = async (name: string, run: () => Promise<Omit<Row, 'name' | 'memory'>>) => {
    await page.evaluate(() => window.bench.gc());
    await sleep(800);
    const from = performance.now();
    const r = await run();
    const to = performance.now();
    await sleep(100);
    const row: Row = { name, ...r, memory: memory.extra(from, to) };
    rows.push(row);
    console.log(`  ${name}: ${(row.bytes / row.ms / 1e3).toFixed(0)} MB/s`);
    await page.evaluate(() => window.bench.endWorkers());
    return row;
  };
  const task = (name: string, spec: BenchTask, extrapolate?: number) =>
    phase(name, async () => {
      const r = await page.evaluate((s) => window.bench.task(s), spec);
      return {
        bytes: r.value.bytes,
        ms: r.value.ms,
        longTasks: r.longTasks.length,
        maxGap: r.maxGap,
        note: [
          r.value.note,
          extrapolate
            ? `1 GiB ≈ ${(((extrapolate / r.value.bytes) * r.value.ms) / 1000).toFixed(1)} s (extrapolated)`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
      };
    });
  const verify = (name: string) =>
    phase(name, async () => {
      await page.evaluate(() => window.bench.warm()); // worker started, WASM compiled
      const r = await page.evaluate(() => window.bench.verify());
      if (!r.value.complete || r.value.hasher !== 'blake3-wasm') throw new Error('verify failed');
      return {
        bytes: r.value.bytes,
        ms: r.ms,
        longTasks: r.longTasks.length,
        maxLongTask: Math.max(0, ...r.longTasks.map((x) => x.duration)),
        maxGap: r.maxGap,
        note: 'verifyS9pk: blake3-wasm, one BYOB stream, 2 × 4 MiB buffers',
      };
    });
  const commit = (name: string) =>
    phase(name, async () => {
      await page.evaluate(() => window.bench.warm());
      const r = await page.evaluate(() => window.bench.blake3());
      if (r.value.hasher !== 'blake3-wasm') throw new Error('blake3 fell back to noble');
      const longTasks = r.longTasks.length;
      return {
        bytes: r.value.bytes,
        ms: r.ms,
        longTasks,
        maxGap: r.maxGap,
        note: 'hashBlake3File',
      };
    });

  console.log(
    `measuring… (load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})`,
  );
  const slice = { task: 'read-slice', chunk: 16 * MiB } as const;
  // The reference and our verification alternate, so drift hits both alike.
  const pairs: [Row, Row][] = [];
  const commitPairs: [Row, Row][] = [];
  for (let round = 1; round <= 3; round++) {
    const read = await task(`raw read: 16 MiB slices, prefetch 1 (#${round})`, slice);
    pairs.push([read, await verify(`our verification, worker pool (#${round})`)]);
    commitPairs.push([read, await commit(`whole-file BLAKE3 commitment, worker pool (#${round})`)]);
  }
  const byob = await task('raw read: Blob.stream() BYOB, 4 MiB buffer', {
    task: 'read-byob',
    chunk: 4 * MiB,
  });
  await task('raw read: Blob.stream() default reader', { task: 'read-stream' });
  await task('alternative: core verifyAll, 16 MiB slices + blake3-wasm', {
    task: 'verify',
    strategy: 'slices',
  });
  await task('blake3-wasm in memory (no I/O), 1 GiB', { task: 'hash-memory', length: 1024 * MiB });
  const nobleLen = Math.min(128 * MiB, written.size);
  await task(
    `noble fallback: first ${nobleLen / MiB} MiB`,
    { task: 'hash-slice', hasher: 'noble', chunk: 16 * MiB, length: nobleLen },
    1024 * MiB,
  );
  const upLen = Math.min(largest.size, 256 * MiB);
  await task(
    `upstream: arrayBuffer() + noble, one ${(upLen / MiB) | 0} MiB member`,
    { task: 'upstream', offset: largest.offset, length: upLen },
    1024 * MiB,
  );

  await memory.stop();
  await browser.close();
  await server.close();

  const mbps = (r: Row) => r.bytes / r.ms / 1e3;
  const pairRatios = pairs.map(([r, v]) => mbps(v) / mbps(r));
  const ratio = median(pairRatios);
  const commitRatios = commitPairs.map(([r, c]) => mbps(c) / mbps(r));
  const vers = pairs.map(([, v]) => v);
  const byobRatio = median(vers.map(mbps)) / mbps(byob);
  const verMem = Math.max(...vers.map((v) => v.memory.renderer));
  const verMemTotal = Math.max(...vers.map((v) => v.memory.total));
  const longCount = vers.reduce((n, v) => n + v.longTasks, 0);
  const maxTask = Math.max(...vers.map((v) => v.maxLongTask ?? 0));
  const maxGap = Math.max(...vers.map((v) => v.maxGap));
  const worstDrop = Math.max(...drops.filter((d) => d.kind !== 'cold').map((d) => d.pageMs));
  const targets = [
    {
      target: 'verification ≥ 0.9 × raw read',
      value: `median ${ratio.toFixed(2)} (pairs ${pairRatios.map((x) => x.toFixed(2)).join(', ')}); vs BYOB raw read ${byobRatio.toFixed(2)}`,
      met: ratio >= 0.9,
    },
    {
      target: 'whole-file BLAKE3 (OS assets) ≥ 0.8 × raw read',
      value: `median ${median(commitRatios).toFixed(2)} (pairs ${commitRatios.map((x) => x.toFixed(2)).join(', ')}); vs BYOB raw read ${(median(commitPairs.map(([, c]) => mbps(c))) / mbps(byob)).toFixed(2)}`,
      met: median(commitRatios) >= 0.8,
    },
    {
      target: 'extra memory ≤ 64 MiB (renderer RssAnon)',
      value: `${(verMem / MiB).toFixed(0)} MiB (whole browser ${(verMemTotal / MiB).toFixed(0)} MiB)`,
      met: verMem <= 64 * MiB,
    },
    {
      target: 'no main-thread task > 50 ms',
      value: `${longCount} long tasks, max ${maxTask.toFixed(0)} ms; max 10 ms-timer gap ${maxGap.toFixed(0)} ms`,
      met: longCount === 0,
    },
    {
      target: 'drop → manifest+icon ≤ 100 ms (prewarmed/warm)',
      value: drops
        .map((d) => `${d.kind} ${d.pageMs.toFixed(0)} ms (node ${d.nodeMs.toFixed(0)})`)
        .join(', '),
      met: worstDrop <= 100,
    },
    ...hostile,
    ...largeAnswer,
  ];
  printTable(rows, targets);
  console.log('\nbrowse benchmark (bench/browse/)…');
  const browse = await measureBrowse(dir);
  printBrowseTable(browse);

  console.log('\nmeasuring uploads…');
  const upload = await measureUpload();
  printUploadTable(upload.rows, upload.targets);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = join(REPO_ROOT, 'bench/results', `${stamp}.json`);
  await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
  const env = {
    chromium: chromiumVersion,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadavg: loadavg(),
  };
  await writeFile(
    out,
    JSON.stringify(
      {
        env,
        archive: { bytes: written.size, members: written.members.length },
        drops,
        rows,
        targets,
        browse,
        upload,
      },
      null,
      2,
    ),
  );
  console.log(`\nresults: ${out}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
