/**
 * Publishes a hello-world archive of a version straight through the RPC API, signed and
 * uploaded with one key (its developer key and the caller are the same): how the journeys act
 * as a scoped signer without the console.
 */
import type { Stack } from '../../src/cli/stack/stack.ts';
import { createRegistryClient } from '../../src/core/rpc/client.ts';
import { seedSigner } from '../../src/core/rpc/seed-signer.ts';
import { parseHeader } from '../../src/core/s9pk/header.ts';
import { encodeMerkleCommitment, S9PK_SIG_CONTEXT, signCommitment } from '../../src/core/sign/commitment.ts';
import { buildFixtureS9pk } from '../../src/core/testing/fixtures.ts';

/** Uploads hello-world `version` built with `seed` to the stack's bucket and adds it with `seed`'s client. */
export async function publishHello(stack: Stack, version: string, seed: Uint8Array) {
  const bytes = await buildFixtureS9pk({ id: 'hello-world', version, seed });
  const url = await stack.bucket.put(`hello-world/${version}/hello-world_${version.replace(/:/g, '-')}.s9pk`, bytes);
  const h = parseHeader(bytes.subarray(0, 155), bytes.length);
  const c = { hash: h.rootSighash, size: h.rootMaxSize };
  const client = createRegistryClient({ url: stack.registry.url, signer: seedSigner(seed) });
  return client.api.package.add({ urls: [url], commitment: encodeMerkleCommitment(c), signature: signCommitment(c, seed, S9PK_SIG_CONTEXT) });
}
