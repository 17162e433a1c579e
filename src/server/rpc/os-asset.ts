/**
 * @module
 * `os.asset.add/remove/sign/get.<iso|img|squashfs>` (spec/registry-api.md §3.2, §3.4, §4.6):
 * image assets of a release, recorded by `Blake3Commitment` and signed with context
 * `startos`. The stand-in never downloads an image (upstream only records them).
 */
import { equalBytes } from '../../core/bytes/bytes.ts';
import { rfc3339 } from '../../core/registry/version-record.ts';
import { hasOwnKey, ownValue, setOwn } from '../../core/registry/own-key.ts';
import type { ParamsOf, ResultOf } from '../../core/rpc/methods.ts';
import {
  BLAKE3_SIG_CONTEXT,
  encodeBlake3Commitment,
  parseBlake3Commitment,
  verifyCommitment,
} from '../../core/sign/commitment.ts';
import type { MethodContext } from '../context.ts';
import {
  assertReleaseAccess,
  blake3Param,
  osVersionParam,
  releaseOf,
  signatureParam,
  type OsAssetKind,
} from '../os-release.ts';
import { invalidSignature, notFound, unauthorized } from '../rpc-error.ts';
import { callerOf } from '../scope.ts';
import { urlParam } from './package-add.ts';

const BAD_SIGNATURE = 'signature error: Verification equation was not satisfied';

type Handler<P, R> = (params: P, ctx: MethodContext) => Promise<R> | R;

/** Add (or co-sign and add a mirror URL to) the `kind` asset of a platform. */
export function osAssetAdd(kind: OsAssetKind): Handler<ParamsOf<'os.asset.add.iso'>, null> {
  return async (p, ctx) => {
    const key = osVersionParam(p.version, 'version');
    const url = urlParam(p.url, 'url');
    const signature = signatureParam(p.signature);
    const commitment = blake3Param(p.commitment);
    callerOf(ctx.store.db, ctx.signer); // 38 "Missing signer" without an injected key
    const signer = ctx.signer!;
    if (!verifyCommitment(commitment, signature, signer, BLAKE3_SIG_CONTEXT)) throw invalidSignature(BAD_SIGNATURE);
    await ctx.store.mutate(
      (db) => {
        const caller = callerOf(db, signer);
        const release = releaseOf(db, key);
        assertReleaseAccess(release, caller);
        const assets = release[kind];
        const asset = ownValue(assets, p.platform) ?? {
          publishedAt: rfc3339(ctx.now()),
          urls: [url],
          commitment: encodeBlake3Commitment(commitment),
          signatures: {},
        };
        const stored = parseBlake3Commitment(asset.commitment);
        if (stored.size !== commitment.size || !equalBytes(stored.hash, commitment.hash)) {
          throw invalidSignature('Commitment does not match');
        }
        const before = JSON.stringify(ownValue(assets, p.platform) ?? null);
        setOwn(asset.signatures, signer, signature);
        if (!asset.urls.includes(url)) asset.urls.push(url);
        setOwn(assets, p.platform, asset);
        return JSON.stringify(asset) !== before;
      },
      (changed) => changed,
    );
    return null;
  };
}

/** Removes the platform's `kind` asset; an absent one is no error. */
export function osAssetRemove(kind: OsAssetKind): Handler<ParamsOf<'os.asset.remove.iso'>, null> {
  return async (p, ctx) => {
    const key = osVersionParam(p.version, 'version');
    await ctx.store.mutate(
      (db) => {
        const release = releaseOf(db, key);
        assertReleaseAccess(release, callerOf(db, ctx.signer));
        if (!hasOwnKey(release[kind], p.platform)) return false;
        delete release[kind][p.platform];
        return true;
      },
      (changed) => changed,
    );
    return null;
  };
}

/** Adds the caller's signature over the stored commitment; only `authorized` members may. */
export function osAssetSign(kind: OsAssetKind): Handler<ParamsOf<'os.asset.sign.iso'>, null> {
  return async (p, ctx) => {
    const key = osVersionParam(p.version, 'version');
    const signature = signatureParam(p.signature);
    await ctx.store.mutate(
      (db) => {
        const caller = callerOf(db, ctx.signer);
        const release = releaseOf(db, key);
        // Admin status is not enough here (§3.2).
        if (!release.authorized.includes(caller.guid)) throw unauthorized(`Signer ${caller.guid} is not authorized`);
        const asset = ownValue(release[kind], p.platform);
        if (!asset) throw notFound(p.platform);
        const signer = ctx.signer!;
        if (!verifyCommitment(parseBlake3Commitment(asset.commitment), signature, signer, BLAKE3_SIG_CONTEXT)) {
          throw invalidSignature(BAD_SIGNATURE);
        }
        const changed = ownValue(asset.signatures, signer) !== signature;
        setOwn(asset.signatures, signer, signature);
        return changed;
      },
      (changed) => changed,
    );
    return null;
  };
}

/** The platform's `kind` asset. */
export function osAssetGet(kind: OsAssetKind): Handler<ParamsOf<'os.asset.get.iso'>, ResultOf<'os.asset.get.iso'>> {
  return (p, ctx) => {
    const release = releaseOf(ctx.store.db, osVersionParam(p.version, 'version'));
    const asset = ownValue(release[kind], p.platform);
    if (!asset) throw notFound(p.platform);
    return asset;
  };
}
