/**
 * @module
 * Downloadable assets and their commitments (spec registry-api.md §5.3, `registry/asset.rs`,
 * §8.1): s9pk archives carry a merkle commitment, OS images a BLAKE3 one.
 */
import * as v from 'valibot';
import { Base64Schema, PublicKeyPemSchema, SignaturePemSchema, U64Schema } from './scalars.ts';
import { ownRecord } from './own-record.ts';

/** Commitment of an s9pk archive (§5.3, §8.1). */
export const MerkleArchiveCommitmentSchema = v.object({
  /** Base64 of the 32-byte root table-of-contents sighash. */
  rootSighash: Base64Schema,
  /** Upper bound on the root table-of-contents size. */
  rootMaxsize: U64Schema,
});

/** Commitment of an OS image: Base64 BLAKE3 of the whole file and its length (§5.3). */
export const Blake3CommitmentSchema = v.object({ hash: Base64Schema, size: U64Schema });

/** A downloadable file with commitment `C` and signatures (§5.3). */
export function registryAssetSchema<C extends v.GenericSchema>(commitment: C) {
  return v.object({
    /** RFC 3339 UTC timestamp. */
    publishedAt: v.string(),
    /** Download locations, tried in order. */
    urls: v.array(v.string()),
    commitment,
    /** Map keyed by PEM public key (the key string contains `\n`); order arbitrary. */
    signatures: ownRecord(PublicKeyPemSchema, SignaturePemSchema),
  });
}

/** An s9pk asset (§5.3). */
export const S9pkAssetSchema = registryAssetSchema(MerkleArchiveCommitmentSchema);
/** An OS image asset (§5.3). */
export const OsAssetSchema = registryAssetSchema(Blake3CommitmentSchema);

export type MerkleArchiveCommitment = v.InferOutput<typeof MerkleArchiveCommitmentSchema>;
export type Blake3Commitment = v.InferOutput<typeof Blake3CommitmentSchema>;
/** A downloadable file with its commitment and signatures (§5.3, `registry/asset.rs`). */
export type RegistryAsset<C> = Omit<v.InferOutput<typeof S9pkAssetSchema>, 'commitment'> & {
  commitment: C;
};
