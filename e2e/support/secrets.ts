/**
 * Every encoding of a private key that must never leave the browser: the seed and the PKCS#8
 * DER in hex (both cases), standard and URL-safe Base64 (padded or not, also URL-encoded), and
 * the PEM body lines.
 */
import { encodePrivateKeyDer, encodePrivateKeyPem } from '../../src/core/sign/keys.ts';

export function secretForms(seed: Uint8Array): string[] {
  const forms = new Set<string>();
  for (const bytes of [seed, encodePrivateKeyDer(seed)]) {
    const hex = Buffer.from(bytes).toString('hex');
    forms.add(hex);
    forms.add(hex.toUpperCase());
    const b64 = Buffer.from(bytes).toString('base64');
    for (const v of [b64, b64.replace(/=+$/, ''), Buffer.from(bytes).toString('base64url')]) {
      // a 20-character window of each is enough to spot it anywhere
      forms.add(v.slice(0, 24));
      forms.add(encodeURIComponent(v.slice(0, 24)));
    }
  }
  for (const line of encodePrivateKeyPem(seed).split('\n').slice(1, -2)) forms.add(line.slice(0, 24));
  return [...forms];
}
