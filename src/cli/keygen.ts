/**
 * `npm run keygen -- -o <file>`: writes a new Ed25519 key as PKCS#8 PEM in the form of
 * `start-cli init-key` (developer.key.pem), mode 0600, never overwriting an existing file.
 */
import { writeFileSync } from 'node:fs';
import { encodePrivateKeyPem, encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../core/sign/keys.ts';
import { fail, parseCli } from './args.ts';

const USAGE = 'usage: npm run keygen -- -o <file>   (writes a PKCS#8 PEM private key; prints the public key)';
const { values } = parseCli(process.argv.slice(2), { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } }, USAGE);
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!values.out) fail(USAGE, 2);
const seed = generateSeed();
try {
  writeFileSync(values.out, encodePrivateKeyPem(seed), { mode: 0o600, flag: 'wx' });
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  fail(err.code === 'EEXIST' ? `refusing to overwrite ${values.out}` : `cannot write ${values.out}: ${err.message}`);
}
process.stderr.write(`wrote ${values.out}; public key:\n`);
process.stdout.write(encodePublicKeyPem(publicKeyFromSeed(seed)));
