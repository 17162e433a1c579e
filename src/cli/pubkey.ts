/**
 * `npm run pubkey -- <file>`: prints the `PUBLIC KEY` PEM of a PKCS#8 private key file
 * (v1 or start-cli's v2), like `start-cli pubkey`.
 */
import { readFileSync } from 'node:fs';
import { isCoreError } from '../core/errors.ts';
import { encodePublicKeyPem, parsePrivateKeyPem, publicKeyFromSeed } from '../core/sign/keys.ts';
import { fail, parseCli } from './args.ts';

const USAGE = 'usage: npm run pubkey -- <developer.key.pem>';
const { positionals } = parseCli(process.argv.slice(2), {}, USAGE);
const file = positionals[0];
if (!file || positionals.length > 1) fail(USAGE, 2);
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
try {
  process.stdout.write(encodePublicKeyPem(publicKeyFromSeed(parsePrivateKeyPem(text))));
} catch (e) {
  fail(isCoreError(e) ? `${file}: ${e.code}: ${e.message}` : String(e));
}
