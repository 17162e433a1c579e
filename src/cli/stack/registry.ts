/**
 * @module
 * Starts the stand-in registry in-process (the same handler `npm run registry` serves).
 */
import { bootstrapAdmins } from '../../server/bootstrap.ts';
import { createHandler } from '../../server/handler.ts';
import { Metrics } from '../../server/metrics.ts';
import { serve } from '../../server/node/serve.ts';
import { httpS9pkFetcher } from '../../server/s9pk-fetch.ts';
import { Store } from '../../server/store/store.ts';

export interface LocalRegistry {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startRegistry(opts: { datadir: string; port: number; hostnames: string[]; adminKeys: string[] }): Promise<LocalRegistry> {
  const store = await Store.open(opts.datadir);
  await bootstrapAdmins(store, opts.adminKeys);
  const handler = createHandler({
    store,
    config: { hostnames: opts.hostnames, strictNonce: false, osVersion: '0.4.0', datadir: opts.datadir },
    fetcher: httpS9pkFetcher(),
    metrics: new Metrics(opts.datadir),
    now: () => new Date(),
  });
  const { server, url } = await serve(handler, { host: '127.0.0.1', port: opts.port });
  return {
    url: url.replace('127.0.0.1', 'localhost'),
    store,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await store.flush();
    },
  };
}
