/**
 * @module
 * The JSON form of a MerkleArchiveCommitment (spec/registry-api.md §5.3), without the curve
 * code commitment.ts carries, so reading a hosted header (package page) stays light.
 */
import { encodeBase64 } from '../bytes/base64.ts';

/** Encodes a commitment to its MerkleArchiveCommitment JSON form (unpadded Base64). */
export function encodeMerkleCommitment(c: { hash: Uint8Array; size: bigint }): { rootSighash: string; rootMaxsize: number } {
  return { rootSighash: encodeBase64(c.hash, { pad: false }), rootMaxsize: Number(c.size) };
}
