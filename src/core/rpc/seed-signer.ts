/**
 * @module
 * A RequestSigner over a raw seed, for the CLI, tests and server-side tools. Apart from the
 * client (client.ts), so an anonymous client carries no signing code.
 */
import { buildAuthHeader } from '../sign/request-auth.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../sign/keys.ts';
import type { RequestSigner } from './client.ts';

/** A RequestSigner over a raw seed (CLI, tests, server-side tools). */
export function seedSigner(seed: Uint8Array): RequestSigner {
  return {
    publicKeyPem: encodePublicKeyPem(publicKeyFromSeed(seed)),
    authHeader: (body, context, timestamp) => buildAuthHeader({ seed, body, context, timestamp }),
  };
}
