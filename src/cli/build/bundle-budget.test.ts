/**
 * The size budget of issue 12 item 1, on the real build: builds the console once with the
 * repository's Vite config and fails, naming the chunks, when the JavaScript loaded before a
 * registry's package list can render (index.html's entry and its static imports) exceeds
 * the budget (bundle-size.ts: issue 12's 150 kB target, raised for now; see its TODO); and
 * checks that the code meant to load on demand stays out of it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetProblem, buildWithManifest, measureBundle, type BundleReport } from './bundle-size.ts';

let dir = '';
let report: BundleReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'console-budget-'));
  await buildWithManifest(dir);
  report = measureBundle(dir);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundle budget', () => {
  it('keeps the initial JavaScript within the budget', () => {
    expect(report.chunks.some((c) => c.initial)).toBe(true);
    expect(budgetProblem(report)).toBeNull();
  });

  // Strings that survive minification, one per library that must load on demand.
  const onDemand = {
    'aws4fetch (S3 signing)': 'AWS4-HMAC-SHA256',
    'marked (Markdown)': 'marked(): input parameter is undefined or null',
    'dompurify (sanitizer)': 'DOMPurify',
    '@noble/curves (Ed25519)': 'invalid wnaf',
    'minisearch (search index, in its worker)': 'MiniSearch: duplicate ID',
  };

  it.each(Object.entries(onDemand))('keeps %s out of the initial chunks', (_library, marker) => {
    const initial = report.chunks.filter((c) => c.initial).map((c) => c.file);
    const holders = initial.filter((file) => readFileSync(join(dir, file), 'utf8').includes(marker));
    expect(holders).toEqual([]);
    const all = report.chunks.map((c) => c.file);
    expect(all.some((file) => readFileSync(join(dir, file), 'utf8').includes(marker))).toBe(true);
  });
});
