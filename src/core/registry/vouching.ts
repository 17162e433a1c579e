/**
 * @module
 * Who vouched for a variant (issue #14 item 3): its signatures with signer names, which one is
 * the archive's own developer key, and whether no signer the viewer knows signed it. The
 * registry keeps the archive's own signature and, on the first add only, the uploader's
 * (spec/registry-api.md §4.3 step 6, §5.4): re-adding the same archive adds no signature, so
 * a variant cannot be co-signed through the API.
 */
import type { RegistryAsset } from '../rpc/types.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { matchSignatures, sameKey, type SignatureView, type SignerDirectory } from './signer-directory.ts';
import { soleSignatureKey } from './supply-chain-facts.ts';

export interface VouchingSignature extends SignatureView {
  /** The key that signed the `.s9pk` itself. */
  developer: boolean;
}

export interface Vouching {
  signatures: VouchingSignature[];
  /** The developer key PEM when known (a sole signature, or read from the file's header). */
  developerKey: string | null;
  /** No signature is by a signer the viewer knows: only unregistered keys vouch for it. */
  unvouched: boolean;
}

/**
 * The vouching of one variant. `headerKey` is the developer key read from the archive's header
 * (remote-header.ts), when the caller has it; it counts only when it is one of the variant's
 * signatures (the registry verified those against the commitment).
 */
export function vouchingOf(
  asset: RegistryAsset<MerkleArchiveCommitmentWire>,
  directory: SignerDirectory,
  headerKey: string | null = null,
): Vouching {
  const views = matchSignatures(asset.signatures, directory);
  const fromHeader = headerKey !== null ? (views.find((v) => sameKey(v.keyPem, headerKey))?.keyPem ?? null) : null;
  const developerKey = fromHeader ?? soleSignatureKey(asset);
  return {
    signatures: views.map((v) => ({ ...v, developer: developerKey !== null && sameKey(v.keyPem, developerKey) })),
    developerKey,
    unvouched: views.length > 0 && views.every((v) => v.signer === null),
  };
}
