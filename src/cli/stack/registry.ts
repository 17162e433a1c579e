/**
 * @module
 * Starts the stand-in registry in-process (the same handler `npm run registry` serves).
 */
import { bootstrapAdmins } from '../../server/bootstrap.ts';
import { nodePorts } from '../../server/node/node-ports.ts';
import { serve } from '../../server/node/serve.ts';
import { openRegistry } from '../../server/registry.ts';
import { httpS9pkFetcher } from '../../server/s9pk-fetch.ts';
import type { Metrics } from '../../server/metrics.ts';
import type { Store } from '../../server/store/store.ts';

export interface LocalRegistry {
  url: string;
  store: Store;
  metrics: Metrics;
  close(): Promise<void>;
}

export async function startRegistry(opts: { datadir: string; port: number; hostnames: string[]; adminKeys: string[] }): Promise<LocalRegistry> {
  const { handler, store, metrics } = await openRegistry({
    ports: nodePorts(opts.datadir),
    config: { hostnames: opts.hostnames, strictNonce: false, osVersion: '0.4.0' },
    fetcher: httpS9pkFetcher(),
  });
  await bootstrapAdmins(store, opts.adminKeys);
  const { server, url } = await serve(handler, { host: '127.0.0.1', port: opts.port });
  return {
    url: url.replace('127.0.0.1', 'localhost'),
    store,
    metrics,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await Promise.all([store.flush(), metrics.flush()]);
    },
  };
}
