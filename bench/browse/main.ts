/**
 * @module
 * `tsx bench/browse/main.ts [--packages 1000] [--versions 10] [--svg-icons] [--app-root DIR] [--trace FILE]`: the browse benchmark alone
 * (`npm run bench` runs it too, beside the verification benchmark). `--app-root` builds the
 * console of another checkout (with its own node_modules), to compare two versions under the
 * same machine load. `--trace` writes a Chromium performance trace of the run; `tsx
 * bench/browse/trace-attribution.ts FILE` then says what each long task spent its time on.
 * Not product code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBrowse } from './measure-browse.ts';
import { printBrowseTable } from './print-browse.ts';
import { numberArg } from '../cli.ts';

const rootAt = process.argv.indexOf('--app-root');
const appRoot = rootAt > 0 ? process.argv[rootAt + 1] : undefined;
const traceAt = process.argv.indexOf('--trace');
const tracePath = traceAt > 0 ? process.argv[traceAt + 1] : undefined;
const dir = await mkdtemp(join(tmpdir(), 'browse-bench-'));
try {
  printBrowseTable(
    await measureBrowse(dir, {
      packages: numberArg('packages', 1000),
      versions: numberArg('versions', 10),
      icons: process.argv.includes('--svg-icons') ? 'svg' : 'png',
      ...(appRoot ? { appRoot } : {}),
      ...(tracePath ? { tracePath } : {}),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
