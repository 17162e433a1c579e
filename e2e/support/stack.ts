/**
 * One end-to-end environment: the built console served statically on a free port, the local
 * stack (stand-in registry, s3rver bucket, optional demo content) on free ports in a temp
 * folder, and a Chromium browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { inject } from 'vitest';
import { startStack, type Stack } from '../../src/cli/stack/stack.ts';
import { launchBrowser } from './browser.ts';

export interface E2E {
  stack: Stack;
  appUrl: string;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

export async function startE2E({ demo = true }: { demo?: boolean } = {}): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-e2e-data-'));
  const stack = await startStack({ dataDir, registryPort: 0, bucketPort: 0, demo });
  const server = await preview({ logLevel: 'warn', build: { outDir: inject('appDir') }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const appUrl = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchBrowser();
  return {
    stack,
    appUrl,
    browser,
    dataDir,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
