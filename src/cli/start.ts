/**
 * @module
 * `npm start`: the whole console on this machine with no configuration — stand-in registry,
 * local S3 bucket, demo content and the Vite dev server preconfigured for them (demo mode:
 * the dev server serves a `config.json` describing the stack, see stack/demo-console.ts).
 * Data lives in `.data/` and is reused by the next start.
 */
import { resolve } from 'node:path';
import { startDemoConsole } from './stack/demo-console.ts';
import { startStack } from './stack/stack.ts';

const dataDir = resolve(process.env.REGISTRY_CONSOLE_DATA ?? '.data');
const ports = {
  registry: Number(process.env.REGISTRY_PORT ?? 5959),
  bucket: Number(process.env.BUCKET_PORT ?? 4568),
  console: Number(process.env.CONSOLE_PORT ?? 5173),
};

process.stdout.write('Starting Registry Console (demo mode)…\n');
const stack = await startStack({
  dataDir,
  registryPort: ports.registry,
  bucketPort: ports.bucket,
  log: (line) => process.stdout.write(`  ${line}\n`),
}).catch((e: Error) => {
  process.stderr.write(`could not start the local stack: ${e.message}\n(is another copy running? ports ${ports.registry} and ${ports.bucket} must be free)\n`);
  process.exit(1);
});

const consoleServer = await startDemoConsole(stack, ports.console);
const consoleUrl = consoleServer.url;

process.stdout.write(`
Registry Console is running (Ctrl+C to stop):

  console          ${consoleUrl}
  registry         ${stack.registry.url}   (stand-in start-registryd; signing hostname "localhost"; data ${dataDir}/registry)
  S3 bucket        ${stack.bucket.publicUrl}   (s3rver; access key S3RVER / secret S3RVER; data ${dataDir}/bucket)
  demo admin key   ${stack.adminKeyFile}   (one click in the console: "Import demo admin key")
  demo .s9pk files ${stack.filesDir}   (drag them into Publish; the file-browser ones are not published yet;
                   startos/ holds the images of the two demo StartOS releases)

The console opens on the demo registry; on its Publish page, "Use the demo bucket" sets up the bucket.

`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await consoleServer.close();
  await stack.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
