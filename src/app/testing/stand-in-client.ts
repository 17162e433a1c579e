/**
 * @module
 * Test support: a registry client of the console wired to the stand-in registry's handler (no
 * port opened), signing with the session key as the console does, the harness admin unlocked.
 */
import { createRegistryClient, type RegistryClient } from '../../core/rpc/client.ts';
import { sessionSigner, unlockSession } from '../lib/vault-session.ts';

/** What of the stand-in's test harness (server/testing/test-harness.ts) this needs. */
export interface StandIn {
  handler: (request: Request) => Promise<Response>;
  admin: { pem: string; seed: Uint8Array };
  clock: { ms: number };
}

/** Unlocks the harness admin as the session key and returns a client of `base` that signs with it. */
export function adminSessionClient(h: StandIn, base: string): RegistryClient {
  unlockSession({ id: 'admin', name: 'Admin', publicKeyPem: h.admin.pem }, h.admin.seed);
  return createRegistryClient({
    url: base,
    signer: sessionSigner(null),
    fetch: (input, init) => {
      h.clock.ms = Date.now();
      return h.handler(new Request(input, init));
    },
  });
}
