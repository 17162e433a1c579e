/**
 * Publish tour — a script, not a test: builds the console, starts the local stack (demo
 * content), and walks a multi-file publish in Chromium, saving screenshots at 1280 px and
 * 390 px, then times a large archive from drop to "added" (verify, upload, registry phase).
 * Usage: `npx tsx e2e/support/publish-tour.ts [--size-mib 512] [--out <dir>]`.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { startStack } from '../../src/cli/stack/stack.ts';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from '../../src/cli/stack/s3.ts';
import { writeFixtureFile } from '../worker-harness/fixture-file.ts';
import { launchBrowser } from './browser.ts';
import { fixtureDir } from './publish-files.ts';
import { configureBucket, dropFiles, fileRow, importAndUnlock, openPublish, saveRegistry, until, waitRow } from './publish-steps.ts';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const sizeMiB = Number(arg('size-mib', '512'));
const out = arg('out', join(tmpdir(), 'rc-publish-tour'));
mkdirSync(out, { recursive: true });

const work = mkdtempSync(join(tmpdir(), 'rc-tour-'));
const appDir = join(work, 'app');
await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
const stack = await startStack({ dataDir: join(work, 'data'), registryPort: 0, bucketPort: 0, demo: true });
const server = await preview({ logLevel: 'warn', build: { outDir: appDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
const appUrl = server.resolvedUrls?.local[0] ?? '';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const shot = async (name: string, width = 1280) => {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
};

try {
  const files = fixtureDir();
  await importAndUnlock(page, appUrl, stack.adminKeyFile, 'Admin key');
  await saveRegistry(page, appUrl, stack.registry.url);
  await openPublish(page, appUrl, stack.registry.url);
  await shot('01-bucket-form');
  await configureBucket(page, { endpoint: stack.bucket.endpoint, bucket: stack.bucket.bucket, publicBaseUrl: stack.bucket.publicUrl, accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY });

  const demo = { id: 'tour-demo', title: 'Tour Demo', version: '1.2.0:0', dependencies: [{ id: 'bitcoind', title: 'Bitcoin Core' }, { id: 'tor', optional: true }] };
  const x86 = await files.write('tour-demo_x86_64.s9pk', { ...demo, arches: ['x86_64'] });
  const arm = await files.write('tour-demo_aarch64.s9pk', { ...demo, arches: ['aarch64'] });
  const conflict = await files.write('bitcoind_28.1_riscv64.s9pk', { id: 'bitcoind', title: 'Bitcoin Core', version: '28.1.0:0', arches: ['riscv64'] });
  const tampered = await files.writeTampered('tour-demo_broken.s9pk', { ...demo, version: '1.3.0:0' }, 'javascript.squashfs');
  await dropFiles(page, x86, arm, conflict, tampered);
  for (const f of ['tour-demo_x86_64.s9pk', 'tour-demo_aarch64.s9pk', 'bitcoind_28.1_riscv64.s9pk']) await waitRow(page, f, /Verified: signature/);
  await waitRow(page, 'tour-demo_broken.s9pk', /Rejected/);
  await shot('02-multi-file');
  await shot('02-multi-file', 390);
  for (const f of ['tour-demo_aarch64.s9pk', 'bitcoind_28.1_riscv64.s9pk', 'tour-demo_broken.s9pk']) {
    await fileRow(page, f).screenshot({ path: join(out, `02-row-${f.replace('.s9pk', '')}-390.png`) });
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: /^Publish all ready/ }).click();
  await waitRow(page, 'tour-demo_aarch64.s9pk', /Added to the registry/);
  await shot('03-published');

  await page.goto(`${appUrl}#/r/${encodeURIComponent(stack.registry.url)}/p/tour-demo?tab=manage`);
  await until(() => page.getByRole('button', { name: 'Remove version 1.2.0:0' }).count(), (n) => n === 1);
  await page.getByRole('button', { name: 'Remove version 1.2.0:0' }).click();
  await shot('04-manage');
  await shot('04-manage', 390);

  // Timing: a large archive from drop to added.
  const big = join(files.dir, `tour-big_${sizeMiB}MiB.s9pk`);
  const w0 = performance.now();
  const written = await writeFixtureFile(big, { id: 'tour-big', title: 'Tour Big', version: '1.0.0:0', images: ['main', 'db'], imageSize: Math.floor((sizeMiB << 20) / 2) });
  console.log(`wrote ${(written.size / 2 ** 20).toFixed(0)} MiB in ${((performance.now() - w0) / 1000).toFixed(1)} s`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPublish(page, appUrl, stack.registry.url);
  const name = `tour-big_${sizeMiB}MiB.s9pk`;
  const t0 = performance.now();
  await dropFiles(page, big);
  await waitRow(page, name, /New package/, 60_000);
  const tInspect = performance.now();
  await waitRow(page, name, /Verified: signature/, 600_000);
  const tVerify = performance.now();
  await fileRow(page, name).getByRole('button', { name: `Publish ${name}` }).click();
  await waitRow(page, name, /Uploading/, 60_000);
  await shot('05-uploading');
  // The registry phase can be shorter than one poll: the upload is over once either shows.
  await waitRow(page, name, /registry is downloading|Added to the registry|Upload paused|refused|Could not/, 900_000);
  const tUpload = performance.now();
  await waitRow(page, name, /Added to the registry/, 900_000);
  const tAdded = performance.now();
  const s = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
  console.log(
    `publish ${sizeMiB} MiB: header ${s(t0, tInspect)}, verify ${s(tInspect, tVerify)} (${((written.size / 2 ** 20) / ((tVerify - tInspect) / 1000)).toFixed(0)} MiB/s), ` +
      `upload ${s(tVerify, tUpload)} (${((written.size / 2 ** 20) / ((tUpload - tVerify) / 1000)).toFixed(0)} MiB/s), registry ${s(tUpload, tAdded)}, total ${s(t0, tAdded)}`,
  );
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
  await stack.close();
  rmSync(work, { recursive: true, force: true });
}
