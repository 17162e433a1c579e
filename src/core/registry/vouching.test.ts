import { describe, expect, it } from 'vitest';
import type { RegistryAsset } from '../rpc/types.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { canonicalPublicKeyPem, encodePublicKeyPem } from '../sign/public-key.ts';
import { generateSeed, publicKeyFromSeed } from '../sign/keys.ts';
import { buildSignerDirectory } from './signer-directory.ts';
import { vouchingOf } from './vouching.ts';

const dev = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
const alice = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
const directory = buildSignerDirectory({ A: { name: 'Alice', contact: [], keys: [alice] } });
const asset = (keys: string[]): RegistryAsset<MerkleArchiveCommitmentWire> => ({
  publishedAt: '2026-01-01T00:00:00Z',
  urls: [],
  commitment: { rootSighash: 'AA', rootMaxsize: 1 },
  signatures: Object.fromEntries(keys.map((k) => [k, 'sig'])),
});

describe('vouchingOf', () => {
  it('flags a variant signed only by its unregistered developer key, which a sole signature reveals', () => {
    const v = vouchingOf(asset([dev]), directory);
    expect(v.unvouched).toBe(true);
    expect(v.developerKey).toBe(canonicalPublicKeyPem(dev));
    expect(v.signatures.map((s) => [s.signer, s.developer])).toEqual([[null, true]]);
  });

  it('a registered signer next to the developer key vouches; which is the developer needs the header', () => {
    const v = vouchingOf(asset([dev, alice]), directory);
    expect(v.unvouched).toBe(false);
    expect(v.developerKey).toBeNull();
    expect(v.signatures.map((s) => s.developer)).toEqual([false, false]);
    const read = vouchingOf(asset([dev, alice]), directory, dev.replace(/\n/g, '\r\n'));
    expect(read.developerKey).toBe(dev);
    expect(read.signatures.map((s) => [s.signer?.name ?? null, s.developer])).toEqual([['Alice', false], [null, true]]);
  });

  it('ignores a header key that did not sign the variant here', () => {
    const stranger = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
    expect(vouchingOf(asset([dev, alice]), directory, stranger).developerKey).toBeNull();
  });

  it('an unsigned variant is not flagged as unvouched (there is nothing to flag)', () => {
    expect(vouchingOf(asset([]), directory).unvouched).toBe(false);
  });
});
