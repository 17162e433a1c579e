/**
 * @module
 * Node side of the worker harness (e2e/worker.e2e.test.ts, bench/run.ts): builds a harness
 * page with Vite (`vite build`, as shipped) or runs Vite's dev server, serves the build on a
 * free loopback port (cross-origin isolated, so `measureUserAgentSpecificMemory` is available,
 * and under the console's Content-Security-Policy header, which also binds the workers), and
 * launches Debian Chromium through playwright-core.
 */
import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, createServer, type InlineConfig } from 'vite';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../support/browser.ts';
import { CSP_HEADER } from '../../src/cli/build/csp.ts';

/** The repository root (this file is e2e/worker-harness/serve.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export { CHROMIUM };

export interface Served {
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function viteConfig(root: string, cacheDir: string): InlineConfig {
  return {
    root,
    configFile: false,
    base: './',
    cacheDir,
    logLevel: 'warn',
    worker: { format: 'es' },
    server: { host: '127.0.0.1', port: 0, fs: { allow: [REPO_ROOT] }, headers: ISOLATION },
  };
}

/** `vite build` of the page in `root` into `outDir`. */
export async function buildHarness(root: string, outDir: string, cacheDir: string): Promise<void> {
  await build({ ...viteConfig(root, cacheDir), build: { outDir, emptyOutDir: true } });
}

/** Serves a directory of static files on 127.0.0.1 with the right MIME types. */
export async function serveStatic(dir: string): Promise<Served> {
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = MIME[extname(file)] ?? 'application/octet-stream';
        const csp = { 'Content-Security-Policy': CSP_HEADER };
        res.writeHead(200, { 'Content-Type': type, ...ISOLATION, ...csp }).end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Vite's dev server on the page in `root` (pre-bundled deps, as in `npm run dev`). */
export async function serveDev(root: string, cacheDir: string): Promise<Served> {
  const server = await createServer(viteConfig(root, cacheDir));
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Waits until Debian Chromium is installed (it may still be installing). */
export async function waitForChromium(timeoutMs = 600_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > until) throw new Error(`${CHROMIUM} did not appear`);
    await new Promise((ok) => setTimeout(ok, 5000));
  }
}

/** Headless Chromium with the project's standard flags, once the binary is there. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  await waitForChromium();
  return launchBrowser(extraArgs);
}
