/**
 * The bundle measurement: the initial load is index.html's entry plus its static imports (never
 * dynamic ones), and an over-budget report names each initial chunk.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetProblem, measureBundle, staticClosure, type Manifest } from './bundle-size.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', name: 'index', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/publish.tsx'] },
  '_shared.js': { file: 'assets/shared.js', name: 'shared', imports: ['_vendor.js'] },
  '_vendor.js': { file: 'assets/vendor.js', name: 'vendor', imports: ['_shared.js'] },
  'src/publish.tsx': { file: 'assets/publish.js', name: 'publish', imports: ['_shared.js', '_signing.js'] },
  '_signing.js': { file: 'assets/signing.js', name: 'signing' },
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeBuild(sizes: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [file, n] of Object.entries(sizes)) writeFileSync(join(dir, file), 'x'.repeat(n));
  // A worker bundle: not in the manifest's chunks, counted in the total only.
  writeFileSync(join(dir, 'assets', 'worker.js'), 'w'.repeat(10));
  return dir;
}

describe('staticClosure', () => {
  it('follows static imports (cycles included) and skips dynamic ones', () => {
    expect(staticClosure(manifest)).toEqual(['index.html', '_shared.js', '_vendor.js']);
  });

  it('throws when the entry is missing', () => {
    expect(() => staticClosure(manifest, 'other.html')).toThrow(/no entry other.html/);
  });
});

describe('measureBundle and budgetProblem', () => {
  it('sums the initial chunks apart from the lazy ones and names them when over budget', () => {
    const sizes = { 'assets/index.js': 100, 'assets/shared.js': 200, 'assets/vendor.js': 300, 'assets/publish.js': 400, 'assets/signing.js': 500 };
    const report = measureBundle(writeBuild(sizes));
    expect(report.chunks.filter((c) => c.initial).map((c) => c.name).sort()).toEqual(['index', 'shared', 'vendor']);
    expect(report.initialRaw).toBe(600);
    expect(report.totalRaw).toBe(1510);
    expect(report.initialGzip).toBeLessThan(report.totalGzip);
    expect(budgetProblem(report, report.initialGzip)).toBeNull();
    const problem = budgetProblem(report, report.initialGzip - 1);
    expect(problem).toMatch(/over the .* budget/);
    expect(problem).toContain('assets/vendor.js (vendor)');
    expect(problem).not.toContain('publish');
  });
});
