/**
 * @module
 * One stand-in registry over its ports: the store opened from the storage port, the metrics
 * database and the fetch-style handler. `npm run registry`, the local stack and the tests all
 * build it here, with Node ports (`node/node-ports.ts`) or in-memory ones.
 */
import type { ServerConfig } from './context.ts';
import { createHandler, type Handler } from './handler.ts';
import { Metrics, type MetricsOptions } from './metrics.ts';
import type { RegistryPorts } from './ports.ts';
import type { S9pkFetcher } from './s9pk-fetch.ts';
import { Store } from './store/store.ts';

export interface RegistryOptions {
  ports: RegistryPorts;
  config: ServerConfig;
  fetcher: S9pkFetcher;
  now?: () => Date;
  metrics?: MetricsOptions;
}

export interface Registry {
  handler: Handler;
  store: Store;
  metrics: Metrics;
}

/** Opens the store and the metrics database and builds the handler. */
export async function openRegistry({ ports, config, fetcher, now = () => new Date(), metrics: metricsOptions }: RegistryOptions): Promise<Registry> {
  const store = await Store.open(ports.storage);
  const metrics = await Metrics.open(ports.metrics, metricsOptions);
  const handler = createHandler({ store, config, fetcher, metrics, now, audit: ports.audit });
  return { handler, store, metrics };
}
