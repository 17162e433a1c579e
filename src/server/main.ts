/**
 * @module
 * `npm run registry -- --listen 127.0.0.1:5959 --hostname localhost --datadir ./data
 * [--admin-key admin.pub.pem]… [--strict-nonce] [--deny-private-urls]`: the stand-in registry,
 * with flags named like start-registryd's (spec/registry-api.md §1.1). `--deny-private-urls`
 * (ours) makes `package.add` refuse loopback, private and link-local download targets.
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

const USAGE = `usage: npm run registry -- -l HOST:PORT -H HOSTNAME [-H …] -d DATADIR [--admin-key PEM]… [--strict-nonce] [--deny-private-urls]`;

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

const { handler, store } = await openRegistry({
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

const { server, url } = await serve(handler, { host, port: Number(m[2]) });
process.stdout.write(`listening on ${url}\n`);

const shutdown = () => {
  server.close(() => {
    void store.flush().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
