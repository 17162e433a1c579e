/**
 * The size budget of issue 12 item 1, on the real build: the one the end-to-end tests use
 * (global-setup.ts builds it once for `npm test`, with a manifest). Fails, naming the chunks,
 * when the JavaScript loaded before a registry's package list can render (index.html's entry
 * and its static imports) exceeds the budget (bundle-size.ts: issue 12's 150 kB) — also with the
 * heaviest language's first-screen catalog slice added (every language's slice is a download,
 * English's too); and checks that the code meant to load on demand stays out
 * of it and that no ICU parser ships at all (the catalogs are compiled at build time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { budgetProblem, measureBundle, type BundleReport } from '../src/cli/build/bundle-size.ts';

const dir = inject('appDir');
let report: BundleReport;

beforeAll(() => {
  report = measureBundle(dir);
});

describe('bundle budget', () => {
  it('keeps the initial JavaScript within the budget', () => {
    expect(report.chunks.some((c) => c.initial)).toBe(true);
    expect(budgetProblem(report)).toBeNull();
  });

  it('keeps a reader of any language within the budget (their first-screen catalog slice added)', () => {
    const slices = report.chunks.filter((c) => /^[a-z]{2}_[A-Z]{2}-first$/.test(c.name));
    expect(slices.map((c) => c.name).sort()).toEqual(['de_DE-first', 'en_US-first', 'es_ES-first', 'fr_FR-first', 'pl_PL-first']);
    expect(slices.every((c) => !c.initial)).toBe(true);
    const heaviest = Math.max(...slices.map((c) => c.gzip));
    expect(budgetProblem({ ...report, initialGzip: report.initialGzip + heaviest })).toBeNull();
  });

  it('ships no ICU message parser', () => {
    const holders = report.chunks.filter((c) => readFileSync(join(dir, c.file), 'utf8').includes('EXPECT_ARGUMENT_CLOSING_BRACE'));
    expect(holders.map((c) => c.file)).toEqual([]);
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
