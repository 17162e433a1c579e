/**
 * @module
 * The console in demo mode: the Vite dev server (a development build, the only kind that
 * honours a `demo` section) with a `config.json` describing the local stack — the demo
 * registry as default and already saved, its throwaway admin key and the local bucket.
 * Used by `npm start` and the first-run end-to-end test.
 */
import { createServer, type LogLevel } from 'vite';
import type { RuntimeConfigFile } from '../../app/lib/runtime-config/config-schema.ts';
import { serveConfigPlugin } from '../build/serve-config.ts';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from './s3.ts';
import type { Stack } from './stack.ts';

/** The `config.json` of demo mode for a running stack. */
export function demoRuntimeConfig(stack: Stack): RuntimeConfigFile {
  return {
    title: 'Registry Console',
    defaultRegistry: stack.registry.url,
    registryChooser: true,
    demo: {
      registryUrl: stack.registry.url,
      adminKeyPem: stack.adminKeyPem,
      bucket: {
        endpoint: stack.bucket.endpoint,
        region: 'us-east-1',
        bucket: stack.bucket.bucket,
        pathStyle: true,
        publicUrl: stack.bucket.publicUrl,
        accessKeyId: S3_ACCESS_KEY,
        secretAccessKey: S3_SECRET_KEY,
      },
      filesDir: stack.filesDir,
    },
  };
}

export interface DemoConsole {
  url: string;
  close(): Promise<void>;
}

/** Starts the dev server on `port` (the next free one if taken; 0 = any). */
export async function startDemoConsole(stack: Stack, port: number, opts: { logLevel?: LogLevel } = {}): Promise<DemoConsole> {
  const vite = await createServer({
    logLevel: opts.logLevel,
    server: { host: '127.0.0.1', port, strictPort: false },
    // Workers are loaded through `new URL(…)`, which Vite's dependency scan does not follow:
    // without their entries, the first verification of a cold start discovered blake3-wasm and
    // Vite reloaded the page mid-publish (measured on a fresh node_modules/.vite).
    optimizeDeps: { entries: ['index.html', 'src/worker/*entry.ts', 'src/app/**/*.worker.ts'] },
    plugins: [serveConfigPlugin(demoRuntimeConfig(stack))],
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { url, close: () => vite.close() };
}
