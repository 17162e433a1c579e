/**
 * @module
 * `npm run size [-- <dir>]`: builds the console into a temporary folder (or reads a build in
 * `<dir>` made with `build.manifest: true`) and prints every JavaScript chunk, raw and gzipped,
 * with the initial load (index.html's entry and its static imports) against its budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetProblem, buildWithManifest, formatReport, measureBundle } from './build/bundle-size.ts';

const given = process.argv[2];
const dir = given ?? mkdtempSync(join(tmpdir(), 'console-size-'));
try {
  if (!given) await buildWithManifest(dir);
  const report = measureBundle(dir);
  console.log(formatReport(report));
  const problem = budgetProblem(report);
  console.log(problem ?? 'initial JavaScript is within the budget');
  if (problem) process.exitCode = 1;
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
