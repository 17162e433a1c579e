/**
 * @module
 * `tsx bench/browse/main.ts [--packages 1000] [--versions 10] [--svg-icons]`: the browse benchmark alone
 * (`npm run bench` runs it too, beside the verification benchmark). Not product code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBrowse } from './measure-browse.ts';
import { printBrowseTable } from './print-browse.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const dir = await mkdtemp(join(tmpdir(), 'browse-bench-'));
try {
  printBrowseTable(
    await measureBrowse(dir, {
      packages: arg('packages', 1000),
      versions: arg('versions', 10),
      icons: process.argv.includes('--svg-icons') ? 'svg' : 'png',
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
