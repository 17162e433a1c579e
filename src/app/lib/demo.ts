/**
 * @module
 * Demo mode: `npm start` serves a `config.json` whose `demo` section names the local demo
 * registry, its generated throwaway admin key and the local bucket (runtime-config/). Two
 * locks keep it out of real deployments: outside the development server the section is dropped
 * when parsing (main.tsx passes `allowDemo: DEMO_ALLOWED`), and the accessors below are
 * compiled to `null`, so no build offers to import a key from configuration.
 */
import { upsertRegistry, loadRegistries } from './registries.ts';
import { useRuntimeConfig } from './runtime-config/runtime-config.ts';
import type { DemoConfig } from './runtime-config/config-schema.ts';

export type { DemoConfig };

/**
 * The demo key and the demo bucket secret are stored encrypted like any other, under this
 * passphrase, which the demo screens show: they are throwaway loopback credentials, and one
 * click must be enough to use them again in a new session.
 */
export const DEMO_PASSPHRASE = 'demo-passphrase';

/**
 * Whether this bundle may honour a demo section: only the development server (`npm start`,
 * `npm run dev`). Both constants are replaced at build time; the mode check also covers a
 * build made while NODE_ENV is not "production" (Vite then sets DEV, as under Vitest).
 */
export const DEMO_ALLOWED: boolean = import.meta.env.DEV && import.meta.env.MODE === 'development';

/** The demo section in force, or null (always null in builds). */
export function useDemoConfig(): DemoConfig | null {
  const config = useRuntimeConfig();
  return DEMO_ALLOWED ? config.demo : null;
}

/** Saves the demo registry (so the console opens on it, ready to sign) unless already saved. */
export async function ensureDemoRegistry(demo: DemoConfig): Promise<void> {
  if ((await loadRegistries()).some((r) => r.url === demo.registryUrl)) return;
  await upsertRegistry({ url: demo.registryUrl, label: 'Demo Registry', context: null });
}
