/**
 * @module
 * `package.add` and `package.add-mirror` (spec/registry-api.md §4.3, §5.4): verify the
 * uploader's commitment signature, fetch and open every URL, build the version record, then
 * authorize and merge inside one transaction.
 */
import { CoreError } from '../../core/errors.ts';
import { S9PK_SIG_CONTEXT, parseMerkleCommitment, verifyCommitment, type MerkleArchiveCommitmentWire } from '../../core/sign/commitment.ts';
import { buildVersionRecord, rfc3339, type VersionRecord } from '../../core/registry/version-record.ts';
import { mergeVersion } from '../../core/registry/merge.ts';
import type { ParamsOf } from '../../core/rpc/methods.ts';
import type { MethodContext, MethodHandler } from '../context.ts';
import { invalidParams, invalidRequest, invalidSignature, notFound, RpcError } from '../rpc-error.ts';
import { assertScope, callerOf } from '../scope.ts';
import { s9pkError } from '../s9pk-fetch.ts';
import { assertArchiveBounds } from '../archive-limits.ts';
import { ownValue, setOwn } from '../../core/registry/own-key.ts';

/** Both `package.add` forms: the uploader's commitment and its signature (§4.3). */
type CommitmentParams = Pick<ParamsOf<'package.add'>, 'commitment' | 'signature'>;

function commitmentParam(wire: MerkleArchiveCommitmentWire): MerkleArchiveCommitmentWire {
  try {
    if (parseMerkleCommitment(wire).hash.length !== 32) throw new Error('length');
  } catch {
    throw invalidParams('invalid Base64 of 32 bytes for `commitment.rootSighash`');
  }
  return wire;
}

/** A `Url` parameter in upstream's normalized form; -32602 when it does not parse. */
export function urlParam(u: string, field: string): string {
  try {
    return new URL(u).href;
  } catch {
    throw invalidParams(`relative URL without a base: ${u} for \`${field}\``);
  }
}

/** Steps 1–6 of §4.3: signature, URLs, fetch, record. */
async function fetchRecord(ctx: MethodContext, urls: string[], commitment: MerkleArchiveCommitmentWire, signature: string): Promise<VersionRecord> {
  callerOf(ctx.store.db, ctx.signer); // 38 "Missing signer" without an injected key
  if (!verifyCommitment(parseMerkleCommitment(commitment), signature, ctx.signer!, S9PK_SIG_CONTEXT)) {
    throw invalidSignature('signature error: Verification equation was not satisfied');
  }
  if (urls.length === 0) throw invalidRequest('Must specify at least 1 URL');
  const first = await ctx.fetcher.open(urls[0]!, commitment);
  let record: VersionRecord;
  try {
    // Before any member beyond manifest.json is read: the caller's scope on the manifest's
    // id and version (checked again in the transaction), then the stand-in's size caps.
    const { id, version } = first.archive.manifest;
    assertScope(ctx.store.db, callerOf(ctx.store.db, ctx.signer), id, version);
    assertArchiveBounds(first.archive, urls[0]!);
    record = await buildVersionRecord({
      archive: first.archive,
      urls,
      publishedAt: rfc3339(ctx.now()),
      defaultOsVersion: ctx.config.osVersion,
      uploader: { keyPem: ctx.signer!, signaturePem: signature, commitment },
    });
  } catch (e) {
    throw e instanceof CoreError ? s9pkError(urls[0]!, e) : e;
  } finally {
    first.close();
  }
  for (const mirror of urls.slice(1)) {
    const other = await ctx.fetcher.open(mirror, commitment);
    other.close();
  }
  return record;
}

async function addCommon(p: CommitmentParams, ctx: MethodContext, urls: string[], mode: 'replace-urls' | 'append-url'): Promise<null> {
  const commitment = commitmentParam(p.commitment);
  const { signature } = p;
  const record = await fetchRecord(ctx, urls, commitment, signature);
  await ctx.store.mutate((db) => {
    const caller = callerOf(db, ctx.signer);
    assertScope(db, caller, record.id, record.version);
    const pkgs = db.index.package.packages;
    const pkg = ownValue(pkgs, record.id) ?? { authorized: {}, versions: {}, categories: [] };
    setOwn(pkgs, record.id, pkg);
    const existing = ownValue(pkg.versions, record.version);
    if (!existing) {
      if (mode === 'append-url') throw notFound(`${record.id}@${record.version}`);
      setOwn(pkg.versions, record.version, record.info);
      return;
    }
    const merged = mergeVersion(existing, record.info, mode);
    if (!merged.ok) throw new RpcError(38, merged.message);
    setOwn(pkg.versions, record.version, merged.info);
  });
  return null;
}

export const packageAdd: MethodHandler<'package.add'> = (p, ctx) => {
  const urls = p.urls.map((u, i) => urlParam(u, `urls[${i}]`));
  return addCommon(p, ctx, urls, 'replace-urls');
};

export const packageAddMirror: MethodHandler<'package.add-mirror'> = (p, ctx) => {
  const url = urlParam(p.url, 'url');
  return addCommon(p, ctx, [url], 'append-url');
};
