/**
 * @module
 * The signed writes on one OS image (spec registry-api.md §2.14, §4.6), each signing the
 * image's BLAKE3 commitment with the registry's acting key under context `startos` (the 40
 * bytes hash ‖ u64be size): `os.asset.add.<type>` records the image or, for an image already
 * there with the same commitment, stores the caller's signature and appends the URL (how a
 * mirror is added); `os.asset.sign.<type>` co-signs the recorded commitment (callers in the
 * release's `authorized` set only); `os.asset.remove.<type>` drops the platform's image.
 */
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import type { OsAssetType } from '../../../../core/registry/os-release.ts';
import { BLAKE3_SIG_CONTEXT, parseBlake3Commitment, type Blake3CommitmentWire } from '../../../../core/sign/commitment.ts';
import type { RegistryScope } from '../../../lib/registry-scope.tsx';

export interface AssetRef {
  version: string;
  platform: string;
  type: OsAssetType;
}

interface Writer {
  client: RegistryClient;
  signCommitment: RegistryScope['signCommitment'];
}

const sign = (w: Writer, commitment: Blake3CommitmentWire) => w.signCommitment(parseBlake3Commitment(commitment), BLAKE3_SIG_CONTEXT);

/** `os.asset.add.<type>`: records the image (or adds this key's signature and `url` to it). */
export async function addAssetUrl(w: Writer, a: AssetRef & { commitment: Blake3CommitmentWire; url: string }): Promise<void> {
  const signature = await sign(w, a.commitment);
  await w.client.api.os.asset.add[a.type]({ version: a.version, platform: a.platform, url: a.url, commitment: a.commitment, signature });
}

/** `os.asset.sign.<type>`: this key's signature over the recorded commitment. */
export async function coSignAsset(w: Writer, a: AssetRef & { commitment: Blake3CommitmentWire }): Promise<void> {
  const signature = await sign(w, a.commitment);
  await w.client.api.os.asset.sign[a.type]({ version: a.version, platform: a.platform, signature });
}

/** `os.asset.remove.<type>`. */
export async function removeAsset(w: Writer, a: AssetRef): Promise<void> {
  await w.client.api.os.asset.remove[a.type]({ version: a.version, platform: a.platform });
}
