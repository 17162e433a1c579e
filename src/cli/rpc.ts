/**
 * `npm run rpc -- <method> [params-json] --registry <url> [--key <developer.key.pem>]
 * [--context <host>] [--device-info <form>] [--timeout <ms>]`: one registry call, like
 * `start-cli registry …`. Prints the JSON result; on error prints code and message, exit 1.
 */
import { readFileSync } from 'node:fs';
import { isCoreError } from '../core/errors.ts';
import { parsePrivateKeyPem } from '../core/sign/keys.ts';
import { createRegistryClient } from '../core/rpc/client.ts';
import { seedSigner } from '../core/rpc/seed-signer.ts';
import { remoteErrorOf } from '../core/rpc/envelope.ts';
import { parseDeviceInfo } from '../core/rpc/device-info.ts';
import { fail, parseCli } from './args.ts';

const USAGE = `usage: npm run rpc -- <method> [params-json] --registry <url> [--key <developer.key.pem>]
                     [--context <signing-hostname>] [--device-info <form-encoded>] [--timeout <ms>]
example: npm run rpc -- package.get '{"id":"hello","otherVersions":"none"}' --registry http://127.0.0.1:5959`;

const { values, positionals } = parseCli(
  process.argv.slice(2),
  {
    registry: { type: 'string', short: 'r' },
    key: { type: 'string', short: 'k' },
    context: { type: 'string' },
    'device-info': { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  USAGE,
);
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [method, paramsText = '{}', ...extra] = positionals;
if (!method || extra.length > 0 || !values.registry) fail(USAGE, 2);

let params: unknown;
try {
  params = JSON.parse(paramsText);
} catch (e) {
  fail(`params are not JSON: ${(e as Error).message}`, 2);
}
if (params === null || typeof params !== 'object' || Array.isArray(params)) {
  fail('params must be a JSON object (send {} for none)', 2);
}

let signer = null;
if (values.key) {
  try {
    signer = seedSigner(parsePrivateKeyPem(readFileSync(values.key, 'utf8')));
  } catch (e) {
    fail(`cannot use key ${values.key}: ${(e as Error).message}`, 2);
  }
}
const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
if (timeoutMs !== undefined && !(timeoutMs > 0)) fail('--timeout must be a positive number of ms', 2);

try {
  const client = createRegistryClient({ url: values.registry, signer, context: values.context, timeoutMs });
  const deviceInfo = values['device-info'] ? parseDeviceInfo(values['device-info']) : undefined;
  const result = await client.callRaw(method, params as object, { deviceInfo });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (client.clock.isSkewed()) {
    process.stderr.write(`warning: this machine's clock is ${Math.round(client.clock.offsetMs! / 1000)} s behind the registry's\n`);
  }
} catch (e) {
  const remote = remoteErrorOf(e);
  if (remote) fail(`error ${remote.code} (${remote.kind}): ${remote.details ?? remote.message}`);
  fail(isCoreError(e) ? `${e.code}: ${e.message}` : String(e));
}
