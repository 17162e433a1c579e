import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { cspPlugin } from './src/cli/build/csp.ts';
import { catalogPlugin } from './src/cli/build/catalog-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), cspPlugin(), catalogPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  worker: { format: 'es' },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // jq-web's CommonJS export is a promise: vitest's interop would expose its `then` on the
    // namespace and break the import, so vitest loads it itself.
    server: { deps: { inline: ['jq-web'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: ['src/cli/**', 'src/server/**'],
          environment: 'node',
          setupFiles: ['src/app/test-setup.ts'],
          // Some unit tests derive keys (PBKDF2 600 000) or hash tens of MiB: a limit, not a
          // timing assertion — 5 s was exceeded on this 2-core machine under load.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/cli/**/*.test.ts', 'src/server/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          // These start processes (tsx compiles each) and servers: with the e2e project loading
          // both cores beside them, five restarts of the stand-in took over 30 s. A limit only.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // expect.poll's own default (1 s) is shorter than one lazy chunk, worker round trip or
          // registry read takes on a loaded 2-core CI machine: every poll waits like `until`.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
