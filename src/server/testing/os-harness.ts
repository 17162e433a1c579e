/**
 * @module
 * Test support for `os.*` (spec/registry-api.md §4.6): a release created by the admin, image
 * bytes with their BLAKE3 commitment, and signed `os.asset.add/sign` calls. Used only by tests.
 */
import { blake3Of } from '../../core/s9pk/hasher.ts';
import * as sign from '../../core/sign/commitment.ts';
import type { OsAssetKind } from '../os-release.ts';
import type { Harness, TestKey } from './test-harness.ts';

export const KINDS: readonly OsAssetKind[] = ['iso', 'img', 'squashfs'];

/** Deterministic image bytes (`n` bytes, pattern by `seed`) and their commitment. */
export function image(n: number, seed = 1): { bytes: Uint8Array; commitment: sign.Blake3CommitmentWire } {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 31 + seed * 17) & 0xff;
  return { bytes, commitment: sign.encodeBlake3Commitment({ hash: blake3Of(bytes), size: BigInt(n) }) };
}

/** The `signature` parameter: `key` over `commitment`, context `startos` unless given. */
export function signAsset(key: TestKey, commitment: sign.Blake3CommitmentWire, context = sign.BLAKE3_SIG_CONTEXT): string {
  return sign.signCommitment(sign.parseBlake3Commitment(commitment), key.seed, context);
}

export interface AssetCall {
  version: string;
  platform: string;
  url: string;
  commitment: sign.Blake3CommitmentWire;
}

/** `os.asset.add.<kind>` signed by `key` (request and commitment). */
export function addAsset(h: Harness, key: TestKey, kind: OsAssetKind, a: AssetCall) {
  return h.call(`os.asset.add.${kind}`, { ...a, signature: signAsset(key, a.commitment) }, { key });
}

/** `os.asset.sign.<kind>` signed by `key` over `commitment`. */
export function signExisting(h: Harness, key: TestKey, kind: OsAssetKind, a: Omit<AssetCall, 'url'>) {
  const { version, platform, commitment } = a;
  return h.call(`os.asset.sign.${kind}`, { version, platform, signature: signAsset(key, commitment) }, { key });
}

/** `os.version.add` by the admin with a headline and notes derived from the version. */
export function addRelease(h: Harness, version: string, sourceVersion = '*') {
  return h.ok('os.version.add', { version, headline: `StartOS ${version}`, releaseNotes: `Notes for ${version}`, sourceVersion }, { key: h.admin });
}

/** `error.data.details` of a call answer. */
export const details = (r: { error?: { data?: unknown } }): string | undefined => {
  const d = r.error?.data;
  return typeof d === 'object' && d !== null && 'details' in d && typeof d.details === 'string' ? d.details : undefined;
};
