// Lint config: TypeScript rules plus the import-direction rules of ../shared/design.md §2:
// core ← worker ← app, core ← server; core imports no DOM/React/Node; app never imports server.
// TanStack Query's recommended rules check the console's queries (keys cover what the query
// function reads, stable clients, mutation callback order).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'url', 'stream', 'worker_threads'];
const restrict = (patterns) => ['error', { patterns }];

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const shell = ['./src/app/app.tsx', './src/app/main.tsx', './src/app/router.tsx'];
/** import-x/no-restricted-paths zones of the app (see the block that uses them). */
function appZones() {
  const features = readdirSync(new URL('./src/app/features', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const isolated = 'a feature imports only itself, app/lib, app/components and core; compose features in router.tsx';
  const shared = 'app/lib and app/components are shared: they never import a feature or the app shell';
  return [
    ...features.map((f) => ({ target: `./src/app/features/${f}`, from: './src/app/features', except: [`./${f}`], message: isolated })),
    { target: './src/app/features', from: shell, message: isolated },
    { target: ['./src/app/features', './src/app/lib', './src/app/components'], from: './src/worker', except: ['./client.ts', './jq-client.ts', './retention-client.ts'], message: 'the app reaches workers only through worker/client.ts (and the db.apply dry run through worker/jq-client.ts, the retention preview through worker/retention-client.ts, both kept out of the first download)' },
    { target: ['./src/app/lib', './src/app/components'], from: ['./src/app/features', ...shell], message: shared },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'coverage'] },
  js.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: ['src/app/**/*.{ts,tsx}'] })),
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        { group: ['**/server/**'], message: 'app never imports server' },
        { group: nodeBuiltins, message: 'app runs in the browser' },
        { group: ['react-router'], importNames: ['useSearchParams'], message: 'use useAddressParams (app/lib/use-address-params.tsx): a control bound to the address must not snap back while the navigation renders' },
      ]),
    },
  },
  {
    // the one place that wraps react-router's hook, and tests that show why
    files: ['src/app/lib/use-address-params.tsx', 'src/app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/server/**'], message: 'app never imports server' },
        { group: nodeBuiltins, message: 'app runs in the browser' },
      ]),
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**', '**/worker/**', '**/server/**', '**/cli/**'], message: 'core imports nothing from the layers above it' },
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'idb-keyval'], message: 'core is framework-free' },
        { group: nodeBuiltins, message: 'core runs in browser, worker and Node: no Node built-ins' },
      ]),
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    ignores: ['src/worker/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**', '**/server/**', '**/cli/**'], message: 'worker imports only core' },
        { group: ['react', 'react-dom', 'react/*'], message: 'worker has no UI' },
        { group: nodeBuiltins, message: 'worker runs in the browser' },
      ]),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**', '**/worker/**'], message: 'server imports only core' },
        { group: ['react', 'react-dom', 'react/*'], message: 'server has no UI' },
      ]),
    },
  },
  {
    // The stand-in's core reaches files, logs and sockets only through ports (ports.ts); Node
    // code lives in src/server/node/, the two entry points, test support and tests.
    files: ['src/server/**/*.ts'],
    ignores: [
      'src/server/node/**',
      'src/server/main.ts',
      'src/server/files-main.ts',
      'src/server/**/*.test.ts',
      'src/server/**/testing/**',
    ],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**', '**/worker/**'], message: 'server imports only core' },
        { group: ['react', 'react-dom', 'react/*'], message: 'server has no UI' },
        { group: nodeBuiltins, message: 'Node I/O belongs in src/server/node/ behind a port (ports.ts)' },
        { group: ['**/node/*'], message: 'only the entry points pick the Node adapters' },
      ]),
      'no-restricted-globals': ['error', 'process', 'Buffer'],
    },
  },
  // --- Feature isolation and import cycles (issue 10 item 5) ---------------------------------
  // Zones after bulletproof-react: a feature (src/app/features/<name>) imports only itself,
  // app/lib, app/components, core, and workers only through their facade worker/client.ts;
  // features are composed in router.tsx, never import each other or the app shell. The shared
  // folders app/lib and app/components never import a feature or the shell. Tests count too:
  // a feature's tests use its own testing/ folder or a shared one. Feature folders are read from
  // disk, so a new feature is fenced in without touching this file. src/boundaries.test.ts
  // proves the rules still fire.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // no-cycle parses each imported file itself: tell it how to read TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      // Every import cycle inside src/ (packages in node_modules are not followed).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: repoRoot, zones: appZones() }],
    },
  },
  // --- Test support stays out of production code (issue 10 item 8) ---------------------------
  // Fixtures, harnesses and the fuzz campaign live in a `testing/` folder beside the code they
  // serve (src/core/testing, src/server/testing, src/app/testing, src/app/features/<name>/testing).
  // Production code never imports them. Allowed importers: tests (*.test.ts[x]), other testing/ files,
  // e2e/ and bench/ (outside src, not linted by this block), and two dev-only CLI entry points:
  // the fuzz CLI (runs the campaign) and the `npm start` demo stack (builds demo archives from
  // the fixtures). A separate rule name (@typescript-eslint/…) so this block does not replace
  // the per-layer `no-restricted-imports` blocks above (flat config replaces a rule's options).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**', 'src/cli/fuzz-s9pk.ts', 'src/cli/stack/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: ['**/testing/**'], message: 'test support (testing/) is for tests, e2e, bench and dev-only CLI tools, not production code' },
      ]),
    },
  },
);
