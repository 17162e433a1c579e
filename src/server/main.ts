/**
 * @module
 * `npm run registry -- --listen 127.0.0.1:5959 --hostname localhost --datadir ./data
 * [--admin-key admin.pub.pem]… [--strict-nonce] [--deny-private-urls] [--seed-metrics N
 * [--seed-packages P]]`: the stand-in registry, with flags named like start-registryd's
 * (spec/registry-api.md §1.1). `--deny-private-urls` (ours) makes `package.add` refuse loopback,
 * private and link-local download targets. `--seed-metrics N` (ours) adds a year of synthetic
 * metrics (metrics-seed.ts): N package requests over the registry's packages, or over P
 * synthetic ones (`app-0001`…) with `--seed-packages P` or when the registry has none.
 * Prints `listening on http://HOST:PORT`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bootstrapAdmins } from './bootstrap.ts';
import { nodeResolver } from './node/dns-resolver.ts';
import { nodePorts } from './node/node-ports.ts';
import { serve } from './node/serve.ts';
import { openRegistry } from './registry.ts';
import { httpS9pkFetcher } from './s9pk-fetch.ts';
import { seedMetrics, seedPackagesOf, syntheticPackages } from './metrics-seed.ts';

const USAGE = `usage: npm run registry -- -l HOST:PORT -H HOSTNAME [-H …] -d DATADIR [--admin-key PEM]… [--strict-nonce] [--deny-private-urls] [--seed-metrics N [--seed-packages P]]`;

function die(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      listen: { type: 'string', short: 'l', default: '127.0.0.1:5959' },
      hostname: { type: 'string', short: 'H', multiple: true, default: [] },
      datadir: { type: 'string', short: 'd' },
      'admin-key': { type: 'string', multiple: true, default: [] },
      'strict-nonce': { type: 'boolean', default: false },
      'deny-private-urls': { type: 'boolean', default: false },
      'seed-metrics': { type: 'string' },
      'seed-packages': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  die(`${(e as Error).message}\n${USAGE}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.hostname.length === 0) die('Missing required configuration: registry-hostname');
if (!values.datadir) die(`--datadir is required\n${USAGE}`);
const m = /^(.*):([0-9]+)$/.exec(values.listen);
if (!m) die(`--listen must be HOST:PORT, got ${values.listen}`);
const host = m[1]!.replace(/^\[(.*)\]$/, '$1');
const count = (flag: 'seed-metrics' | 'seed-packages'): number | null => {
  const text = values[flag];
  if (text === undefined) return null;
  if (!/^[0-9]{1,9}$/.test(text)) die(`--${flag} must be a whole number, got ${text}`);
  return Number(text);
};
const seedRequests = count('seed-metrics');
const seedPackages = count('seed-packages');

const { handler, store, metrics } = await openRegistry({
  ports: nodePorts(values.datadir),
  config: { hostnames: values.hostname, strictNonce: values['strict-nonce'], osVersion: '0.4.0' },
  fetcher: httpS9pkFetcher({ denyPrivate: values['deny-private-urls'] ? nodeResolver() : undefined }),
});
const adminKeys = values['admin-key'].map((file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    die(`cannot read --admin-key ${file}: ${(e as Error).message}`);
  }
});
try {
  for (const line of await bootstrapAdmins(store, adminKeys)) process.stderr.write(`${line}\n`);
} catch (e) {
  die(`--admin-key: ${(e as Error).message}`);
}

if (seedRequests !== null) {
  const own = seedPackagesOf(store.db);
  const packages = seedPackages !== null || own.length === 0 ? syntheticPackages(seedPackages ?? 1000) : own;
  const started = performance.now();
  metrics.addRows(seedMetrics({ requests: seedRequests, packages, now: new Date() }));
  await metrics.flush();
  process.stderr.write(`seeded ${seedRequests} package requests over ${packages.length} packages in ${Math.round(performance.now() - started)} ms\n`);
}

const { server, url } = await serve(handler, { host, port: Number(m[2]) });
process.stdout.write(`listening on ${url}\n`);

const shutdown = () => {
  server.close(() => {
    void Promise.allSettled([store.flush(), metrics.flush()]).finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
