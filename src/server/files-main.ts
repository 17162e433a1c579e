/**
 * @module
 * `npm run files -- --dir <dir> [--listen 127.0.0.1:8080]`: the development file host (HEAD,
 * GET, Range, CORS), handy for publishing from a URL without S3.
 */
import { parseArgs } from 'node:util';
import { createFileHost } from './node/file-host.ts';
import { serve } from './node/serve.ts';

const USAGE = 'usage: npm run files -- --dir <dir> [--listen HOST:PORT]';
let values;
try {
  ({ values } = parseArgs({ options: { dir: { type: 'string' }, listen: { type: 'string', default: '127.0.0.1:8080' } } }));
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const m = /^(.*):([0-9]+)$/.exec(values.listen);
if (!values.dir || !m) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const { server, url } = await serve(createFileHost(values.dir), { host: m[1]!.replace(/^\[(.*)\]$/, '$1'), port: Number(m[2]) });
process.stdout.write(`listening on ${url}\n`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
