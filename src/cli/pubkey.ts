/**
 * `npm run pubkey -- <file>`: prints the `PUBLIC KEY` PEM of a PKCS#8 private key file
 * (v1 or start-cli's v2), like `start-cli pubkey`.
 */
import { isCoreError } from '../core/errors.ts';
import { encodePublicKeyPem, parsePrivateKeyPem, publicKeyFromSeed } from '../core/sign/keys.ts';
import { fail, readFileArgument } from './args.ts';

const USAGE = 'usage: npm run pubkey -- <developer.key.pem>';
const { file, text } = readFileArgument(process.argv.slice(2), USAGE);
try {
  process.stdout.write(encodePublicKeyPem(publicKeyFromSeed(parsePrivateKeyPem(text))));
} catch (e) {
  fail(isCoreError(e) ? `${file}: ${e.code}: ${e.message}` : String(e));
}
