/**
 * @module
 * StartOS releases as a console shows them (spec registry-api.md §3.4, §4.6, §5.3): releases
 * newest first in exver order (as upstream's StartOS UI lists release notes), each image asset
 * per platform and type with its signatures checked over its BLAKE3 commitment (context
 * `startos`) and matched to signer names, and a verdict: how many of the release's authorized
 * signers signed it. Pure; no DOM.
 */
import { compareVersion, parseVersion, type Version } from '../exver/index.ts';
import type {
  Guid,
  OsVersionInfo,
  RegistryAsset,
  Blake3Commitment,
  SignerInfo,
} from '../rpc/types.ts';
import { BLAKE3_SIG_CONTEXT, parseBlake3Commitment, verifyCommitment } from '../sign/commitment.ts';
import {
  buildSignerDirectory,
  matchSignatures,
  type SignatureView,
  type SignerDirectory,
} from './signer-directory.ts';

/** The three image kinds, in the order a release lists them (§4.6 `os.asset.*.<type>`). */
export const OS_ASSET_TYPES = ['iso', 'img', 'squashfs'] as const;
export type OsAssetType = (typeof OS_ASSET_TYPES)[number];

/** An OS image asset (§5.3 `RegistryAsset<Blake3Commitment>`). */
export type OsAsset = RegistryAsset<Blake3Commitment>;

/** One signature of an asset: who (if known), whether it verifies, whether that signer is authorized. */
export interface OsSignatureView extends SignatureView {
  valid: boolean;
  authorized: boolean;
}

export interface OsAssetView {
  type: OsAssetType;
  platform: string;
  asset: OsAsset;
  signatures: OsSignatureView[];
  /** Distinct authorized signers with a valid signature on this asset. */
  signedBy: number;
  /** Number of authorized signers of the release (its `authorized` list). */
  authorized: number;
}

export interface OsReleaseView {
  version: string;
  info: OsVersionInfo;
  /** Names of the authorized signers, sorted (as far as the signer list names them). */
  signers: string[];
  /** By platform, then type (iso, img, squashfs). */
  assets: OsAssetView[];
}

function parsedOrNull(version: string): Version | null {
  try {
    return parseVersion(version);
  } catch {
    return null;
  }
}

/**
 * Versions newest first by exver; versions that do not parse go last, by text (a registry
 * could store one only by a bug, but it must still be listed).
 */
export function osVersionsNewestFirst(versions: Iterable<string>): string[] {
  const rows = [...versions].map((v) => ({ v, p: parsedOrNull(v) }));
  rows.sort((a, b) => {
    if (a.p && b.p) return compareVersion(b.p, a.p);
    if (a.p || b.p) return a.p ? -1 : 1;
    return a.v.localeCompare(b.v);
  });
  return rows.map((r) => r.v);
}

/** True when `signaturePem` by `keyPem` verifies over the asset's commitment (context `startos`). */
function signatureValid(asset: OsAsset, keyPem: string, signaturePem: string): boolean {
  try {
    const c = parseBlake3Commitment(asset.commitment);
    return verifyCommitment(c, signaturePem, keyPem, BLAKE3_SIG_CONTEXT);
  } catch {
    return false;
  }
}

/**
 * One asset's signatures and verdict. `authorized` are the release's authorized signers with
 * their keys (`os.version.signer.list`); `directory` names other keys the viewer can see;
 * `authorizedCount` is the length of the release's `authorized` list.
 */
export function osAssetView(
  type: OsAssetType,
  platform: string,
  asset: OsAsset,
  authorized: Record<Guid, SignerInfo>,
  directory: SignerDirectory = new Map(),
  authorizedCount = Object.keys(authorized).length,
): OsAssetView {
  const authorizedDir = buildSignerDirectory(authorized);
  const names = new Map([...directory, ...authorizedDir]);
  const signedBy = new Set<Guid>();
  const signatures = matchSignatures(asset.signatures, names).map((s): OsSignatureView => {
    const valid = signatureValid(asset, s.keyPem, asset.signatures[s.keyPem]!);
    const isAuthorized = s.signer !== null && s.signer.guid in authorized;
    if (valid && isAuthorized) signedBy.add(s.signer!.guid);
    return { ...s, valid, authorized: isAuthorized };
  });
  return {
    type,
    platform,
    asset,
    signatures,
    signedBy: signedBy.size,
    authorized: authorizedCount,
  };
}

/** Every asset of a release, by platform then type. */
export function osReleaseView(
  version: string,
  info: OsVersionInfo,
  authorized: Record<Guid, SignerInfo>,
  directory?: SignerDirectory,
): OsReleaseView {
  const assets: OsAssetView[] = [];
  for (const type of OS_ASSET_TYPES) {
    for (const [platform, asset] of Object.entries(info[type])) {
      assets.push(
        osAssetView(type, platform, asset, authorized, directory, info.authorized.length),
      );
    }
  }
  assets.sort(
    (a, b) =>
      a.platform.localeCompare(b.platform) ||
      OS_ASSET_TYPES.indexOf(a.type) - OS_ASSET_TYPES.indexOf(b.type),
  );
  const signers = Object.values(authorized)
    .map((s) => s.name)
    .sort((a, b) => a.localeCompare(b));
  return { version, info, signers, assets };
}
