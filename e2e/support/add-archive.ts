/**
 * Publishes a built archive straight through the registry API, as a test's setup does: the
 * commitment is read from the archive's header and signed by the given seed (context `s9pk`),
 * and `package.add` is sent signed by the same key.
 */
import { createRegistryClient } from '../../src/core/rpc/client.ts';
import { seedSigner } from '../../src/core/rpc/seed-signer.ts';
import { parseHeader } from '../../src/core/s9pk/header.ts';
import { encodeMerkleCommitment, signCommitment, S9PK_SIG_CONTEXT } from '../../src/core/sign/commitment.ts';

/** `package.add` of `bytes`, served at `urls`, by the key of `seed`. */
export async function addArchive(registryUrl: string, seed: Uint8Array, bytes: Uint8Array, urls: string[]): Promise<void> {
  const h = parseHeader(bytes.subarray(0, 155), bytes.length);
  const c = { hash: h.rootSighash, size: h.rootMaxSize };
  const client = createRegistryClient({ url: registryUrl, signer: seedSigner(seed) });
  await client.api.package.add({ urls, commitment: encodeMerkleCommitment(c), signature: signCommitment(c, seed, S9PK_SIG_CONTEXT) });
}
