/**
 * @module
 * Hostile drops for bench/run.ts (issue 11, item 4): signed files declaring many dependencies,
 * dropped on the benchmark page while the main thread is watched (long tasks and the 10 ms
 * heartbeat). One declares more than core's MAX_DEPENDENCIES and must be refused at inspect;
 * one declares exactly the limit, each with metadata.json and an icon, and must be accepted.
 * Target: no main-thread task over 100 ms. Not product code.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_ONLY_SEED, fixtureTree, type FixtureDependency } from '../src/core/testing/fixtures.ts';
import { MAX_DEPENDENCIES } from '../src/core/s9pk/json-limits.ts';
import { writeS9pk } from '../src/core/s9pk/writer.ts';
import type { Target } from './table.ts';

/** The most dependencies (fixture manifest shape) that still fit under MAX_MANIFEST_BYTES. */
const OVER_LIMIT = 10_000;
const TARGET_MS = 100;

async function write(dir: string, name: string, dependencies: FixtureDependency[]) {
  const bytes = await writeS9pk(fixtureTree({ id: 'many-deps', dependencies }), {
    seed: TEST_ONLY_SEED,
    layout: 'pack',
    checkMembers: false, // the writer would refuse the over-limit manifest itself
  });
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { path, bytes: bytes.length };
}

/** Writes both files, drops each on `page` and returns one target row per file. */
export async function measureHostileDrops(page: Page, dir: string): Promise<Target[]> {
  const bare = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `dep-${i}`, title: null, iconColor: null }));
  const full = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `dep-${i}` }));
  const files = [
    {
      label: `${OVER_LIMIT} dependencies (refused)`,
      ...(await write(dir, 'over.s9pk', bare(OVER_LIMIT))),
    },
    {
      label: `${MAX_DEPENDENCIES} dependencies with metadata and icons (accepted)`,
      ...(await write(dir, 'limit.s9pk', full(MAX_DEPENDENCIES))),
    },
  ];
  const out: Target[] = [];
  for (const f of files) {
    await page.setInputFiles('#hostile', f.path);
    const r = await page.evaluate(() => window.bench.inspectHostile());
    const longest = Math.max(0, ...r.longTasks.map((t) => t.duration));
    out.push({
      target: `drop of ${f.label}: no main-thread task > ${TARGET_MS} ms`,
      value: `${(f.bytes / 1024).toFixed(0)} KiB, ${r.value} in ${r.ms.toFixed(0)} ms; longest task ${longest.toFixed(0)} ms, max 10 ms-timer gap ${r.maxGap.toFixed(0)} ms`,
      met: longest <= TARGET_MS && r.maxGap <= TARGET_MS,
    });
  }
  return out;
}
