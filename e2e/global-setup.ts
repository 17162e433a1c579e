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
  // Vitest sets NODE_ENV=test, and Vite builds a development bundle (import.meta.env.DEV,
  // React's development build) unless NODE_ENV is "production": set it for the build only.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('appDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
