/**
 * Builds the console once for all end-to-end tests (a real production build, served like any
 * static host would, with Vite's manifest for the size budget) and hands its folder to the
 * tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWithManifest } from '../src/cli/build/bundle-size.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appDir: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'rc-e2e-app-'));
  // A production build whatever Vitest's NODE_ENV (buildWithManifest sets it for the build).
  await buildWithManifest(outDir);
  project.provide('appDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
