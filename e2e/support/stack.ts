/**
 * One end-to-end environment: the built console served statically on a free port (with a
 * `config.json` if asked), the local
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
import { serveConfigPlugin } from '../../src/cli/build/serve-config.ts';
import type { RuntimeConfigFile } from '../../src/app/lib/runtime-config/config-schema.ts';
import { launchBrowser } from './browser.ts';

export interface E2E {
  stack: Stack;
  appUrl: string;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

export interface StaticApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built console like a static host, with a `config.json` beside it when `config`
 * is given (a string is served verbatim).
 */
export async function serveBuiltApp(config?: RuntimeConfigFile | string): Promise<StaticApp> {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: inject('appDir') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    plugins: config === undefined ? [] : [serveConfigPlugin(config)],
  });
  return {
    url: server.resolvedUrls?.local[0] ?? '',
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

export async function startE2E({ demo = true, config }: { demo?: boolean; config?: (stack: Stack) => RuntimeConfigFile } = {}): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-e2e-data-'));
  const stack = await startStack({ dataDir, registryPort: 0, bucketPort: 0, demo });
  const app = await serveBuiltApp(config?.(stack));
  const appUrl = app.url;
  const browser = await launchBrowser();
  return {
    stack,
    appUrl,
    browser,
    dataDir,
    close: async () => {
      await browser.close();
      await app.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
