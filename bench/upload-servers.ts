/**
 * @module
 * The far side of the upload benchmark, run in its own process (bench/upload.ts forks it) so
 * the bucket's work does not share the uploader's event loop, as a real bucket would not:
 * `s3rver <dir>`, `null`, or `proxy <delayMs> <target>…` (one latency proxy per target, each
 * connection modelled as TCP with Linux's defaults: tcp-link.ts).
 * Prints nothing; sends `{ urls }` to the parent once listening and runs until killed.
 * Not product code.
 */
import { startBucket } from '../src/cli/stack/s3.ts';
import { startLatencyProxy } from './latency-proxy.ts';
import { linuxLink } from './tcp-link.ts';
import { startNullBucket } from './null-bucket.ts';

const [role, ...args] = process.argv.slice(2);
let urls: string[];
if (role === 's3rver') urls = [(await startBucket({ directory: args[0]!, port: 0 })).endpoint];
else if (role === 'null') urls = [(await startNullBucket()).url];
else if (role === 'proxy') urls = await Promise.all(args.slice(1).map(async (t) => (await startLatencyProxy(t, linuxLink(Number(args[0])))).url));
else throw new Error(`unknown role ${role}`);
process.send?.({ urls });
