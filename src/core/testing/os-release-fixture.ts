/**
 * @module
 * Test support: StartOS releases with image assets signed by test-only keys (spec
 * registry-api.md §5.3), for the release views and the console's OS pages.
 */
import { blake3 } from '@noble/hashes/blake3.js';
import type { Guid, OsVersionInfo, SignerInfo } from '../rpc/types.ts';
import { BLAKE3_SIG_CONTEXT, encodeBlake3Commitment, signCommitment } from '../sign/commitment.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../sign/keys.ts';
import type { OsAsset } from '../registry/os-release.ts';

/** A test-only signer: Guid, seed and its `SignerInfo`. */
export interface TestOsSigner {
  guid: Guid;
  seed: Uint8Array;
  info: SignerInfo;
}

/** Test-only signer `name` whose seed is 32 bytes of `fill`. */
export function testOsSigner(name: string, fill: number): TestOsSigner {
  const seed = new Uint8Array(32).fill(fill);
  const key = encodePublicKeyPem(publicKeyFromSeed(seed));
  return {
    guid: `${name.toLowerCase()}-guid`,
    seed,
    info: { name, contact: [], keys: [key] },
  };
}

export const OS_ALICE = testOsSigner('Alice', 1);
export const OS_BOB = testOsSigner('Bob', 2);
export const OS_MALLORY = testOsSigner('Mallory', 3);

/** An asset over `bytes`, hosted at `urls`, signed by `signers`. */
export function signedOsAsset(
  bytes: Uint8Array,
  signers: TestOsSigner[],
  urls = ['https://images.example/os.img'],
): OsAsset {
  const c = { hash: blake3(bytes), size: BigInt(bytes.length) };
  const signatures: Record<string, string> = {};
  for (const s of signers)
    signatures[s.info.keys[0]!] = signCommitment(c, s.seed, BLAKE3_SIG_CONTEXT);
  return {
    publishedAt: '2026-01-02T03:04:05Z',
    urls,
    commitment: encodeBlake3Commitment(c),
    signatures,
  };
}

/** A release with no assets and the given authorized signers. */
export function osRelease(over: Partial<OsVersionInfo> = {}): OsVersionInfo {
  return {
    headline: 'A release',
    releaseNotes: '',
    sourceVersion: '>=0.3.5',
    authorized: [],
    iso: {},
    img: {},
    squashfs: {},
    ...over,
  };
}

/** `os.version.signer.list`'s answer for `signers`. */
export function osSignerMap(...signers: TestOsSigner[]): Record<Guid, SignerInfo> {
  return Object.fromEntries(signers.map((s) => [s.guid, s.info]));
}
