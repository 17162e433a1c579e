/**
 * @module
 * Shared pieces of the `os.*` handlers (spec/registry-api.md §3.4, §4.6, §5.3): parameter
 * parsing like upstream's serde types (`Version`, `Blake3Commitment`, `AnySignature`), the
 * release lookup and the release-authorization rule.
 */
import { parseVersion, printVersion, type Version } from '../core/exver/index.ts';
import { parseBase64 } from '../core/bytes/base64.ts';
import type { Blake3CommitmentWire, Commitment } from '../core/sign/commitment.ts';
import { encodeSignaturePem, parseSignaturePem } from '../core/sign/signature.ts';
import type { OsVersionInfo, RegistryDatabase } from '../core/rpc/types.ts';
import { ownValue } from '../core/registry/own-key.ts';
import { invalidParams, notFound, unauthorized } from './rpc-error.ts';
import type { Caller } from './scope.ts';

/** The three asset maps of a release, each keyed by platform (§5.3). */
export type OsAssetKind = 'iso' | 'img' | 'squashfs';

/**
 * An OS `Version` parameter (`sourceVersion` of `os.version.get`, every `version`).
 * @throws RpcError -32602 when it does not parse.
 */
export function parseOsVersionParam(text: string, field: string): Version {
  try {
    return parseVersion(text);
  } catch (e) {
    throw invalidParams(`${(e as Error).message} for \`${field}\``);
  }
}

/**
 * An OS `Version` parameter as upstream prints it, which is also the release's key in the
 * index (`OsVersionInfoMap::key_str` is the version's `Display`).
 * @throws RpcError -32602 when it does not parse.
 */
export function osVersionParam(text: string, field: string): string {
  return printVersion(parseOsVersionParam(text, field));
}

/**
 * A `Blake3Commitment` parameter: 32 hash bytes (padded or unpadded Base64) and a size.
 * @throws RpcError -32602 when the hash is not Base64 of 32 bytes.
 */
export function blake3Param(wire: Blake3CommitmentWire): Commitment {
  let hash: Uint8Array;
  try {
    hash = parseBase64(wire.hash);
  } catch {
    hash = new Uint8Array(0);
  }
  if (hash.length !== 32) throw invalidParams('invalid Base64 of 32 bytes for `commitment.hash`');
  return { hash, size: BigInt(wire.size) };
}

/**
 * A `signature` parameter re-encoded as upstream stores it (`AnySignature` is parsed on input
 * and printed on output).
 * @throws RpcError -32602 for anything that is not an Ed25519 `SIGNATURE` PEM.
 */
export function signatureParam(pem: string): string {
  try {
    return encodeSignaturePem(parseSignaturePem(pem));
  } catch (e) {
    throw invalidParams(`${(e as Error).message} for \`signature\``);
  }
}

/**
 * The release stored under `key`.
 * @throws RpcError 6 with the version as details.
 */
export function releaseOf(db: Readonly<RegistryDatabase>, key: string): OsVersionInfo {
  const release = ownValue(db.index.os.versions, key);
  if (!release) throw notFound(key);
  return release;
}

/**
 * Asset add/remove rule (§3.2, §3.4): admins, or members of the release's `authorized` set.
 * @throws RpcError 34 "Unauthorized".
 */
export function assertReleaseAccess(release: Readonly<OsVersionInfo>, caller: Caller): void {
  if (!caller.admin && !release.authorized.includes(caller.guid)) throw unauthorized();
}
