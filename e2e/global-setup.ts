/**
 * Builds the console once for all end-to-end tests (a real production build, served like any
 * static host would) and hands its folder to the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    appDir: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'rc-e2e-app-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('appDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
