/**
 * @module
 * Signatures over content commitments carried in RPC parameters and in every s9pk header
 * (spec/registry-api.md §2.14): MerkleArchiveCommitment (context `s9pk`) and
 * Blake3Commitment (context `startos`).
 */
import { concatBytes, encodeU64be } from '../bytes/bytes.ts';
import { encodeBase64, parseBase64 } from '../bytes/base64.ts';
import { CoreError } from '../errors.ts';
import { signPh, verifyPh } from './ed25519ph.ts';
import { encodeSignaturePem, parseSignaturePem } from './signature.ts';
import { parsePublicKeyPem } from './keys.ts';

/** Signing context of merkle archive (s9pk) commitments; upstream s9pk/v2/mod.rs. */
export const S9PK_SIG_CONTEXT = 's9pk';
/** Signing context of OS asset (BLAKE3) commitments; upstream sign/commitment/blake3.rs. */
export const BLAKE3_SIG_CONTEXT = 'startos';

/** The wire form: `{ rootSighash: Base64, rootMaxsize: u64 }`. */
export interface MerkleArchiveCommitmentWire {
  rootSighash: string;
  rootMaxsize: number;
}

/** The wire form: `{ hash: Base64, size: u64 }`. */
export interface Blake3CommitmentWire {
  hash: string;
  size: number;
}

/** Decoded commitment: 32 hash bytes and a u64 size. */
export interface Commitment {
  hash: Uint8Array;
  size: bigint;
}

/**
 * The 40-byte digest input: hash ‖ u64be(size).
 * @throws CoreError `KEY_BAD_LENGTH` when the hash is not 32 bytes.
 */
export function commitmentMessage(c: Commitment): Uint8Array {
  if (c.hash.length !== 32) throw new CoreError('KEY_BAD_LENGTH', 'commitment hash must be 32 bytes');
  return concatBytes(c.hash, encodeU64be(c.size));
}

/** Decodes a MerkleArchiveCommitment from its JSON form. */
export function parseMerkleCommitment(w: MerkleArchiveCommitmentWire): Commitment {
  return { hash: parseBase64(w.rootSighash), size: BigInt(w.rootMaxsize) };
}

export { encodeMerkleCommitment } from './commitment-wire.ts';

/** Decodes a Blake3Commitment from its JSON form. */
export function parseBlake3Commitment(w: Blake3CommitmentWire): Commitment {
  return { hash: parseBase64(w.hash), size: BigInt(w.size) };
}

/** Encodes a commitment to its Blake3Commitment JSON form (unpadded Base64). */
export function encodeBlake3Commitment(c: Commitment): Blake3CommitmentWire {
  return { hash: encodeBase64(c.hash, { pad: false }), size: Number(c.size) };
}

/** Signs a commitment; returns the `SIGNATURE` PEM sent as the `signature` parameter. */
export function signCommitment(c: Commitment, seed: Uint8Array, context: string): string {
  return encodeSignaturePem(signPh(commitmentMessage(c), seed, context));
}

/** Verifies a `SIGNATURE` PEM over a commitment by a `PUBLIC KEY` PEM; false on any bad data. */
export function verifyCommitment(
  c: Commitment,
  signaturePem: string,
  publicKeyPem: string,
  context: string,
): boolean {
  try {
    return verifyPh(
      parseSignaturePem(signaturePem),
      commitmentMessage(c),
      parsePublicKeyPem(publicKeyPem),
      context,
    );
  } catch {
    return false;
  }
}
