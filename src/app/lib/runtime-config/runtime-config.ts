/**
 * @module
 * The configuration in force, set once at startup from `config.json` (load-config.ts), and
 * what follows from it: the title, where a visitor lands, whether the registry chooser shows.
 */
import { createStore, useStore } from '../create-store.ts';
import { paths } from '../paths.ts';
import { DEFAULT_CONFIG, type RuntimeConfig } from './config-schema.ts';

const store = createStore<RuntimeConfig>(DEFAULT_CONFIG);

/** Puts a configuration in force (startup, and tests). */
export function setRuntimeConfig(config: RuntimeConfig): void {
  store.set(config);
}

export function runtimeConfig(): RuntimeConfig {
  return store.get();
}

export function useRuntimeConfig(): RuntimeConfig {
  return useStore(store);
}

/**
 * Where the console opens: the default registry's package list when the visitor arrives on
 * the home route (`/`, or no route at all); null to stay where the link pointed.
 */
export function landingRoute(config: RuntimeConfig, route: string): string | null {
  if (config.defaultRegistry === null) return null;
  return route === '' || route === '/' ? paths.registry.browse.getHref(config.defaultRegistry) : null;
}

/** The route the brand link and "home" lead to: the chooser, or the default registry without one. */
export function homeRoute(config: RuntimeConfig): string {
  return !config.registryChooser && config.defaultRegistry !== null ? paths.registry.browse.getHref(config.defaultRegistry) : paths.home.getHref();
}
