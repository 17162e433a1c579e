/**
 * @module
 * `package.signer.*` (spec/registry-api.md §3.3, §4.4): per-package publishing scopes, stored
 * as the re-rendered normalized range; `merge: true` ORs with the existing range.
 */
import { parseExtendedVersion, parseRange, printRange, rangeOr, RANGE_NONE } from '../../core/exver/index.ts';
import type { ExtendedVersion } from '../../core/exver/extended-version.ts';
import type { VersionRange } from '../../core/exver/range.ts';
import type { SignerInfo } from '../../core/rpc/types.ts';
import type { MethodHandler } from '../context.ts';
import { invalidParams, invalidRequest, notFound } from '../rpc-error.ts';
import { hasOwnKey, ownValue, setOwn } from '../../core/registry/own-key.ts';

/** Parses a range parameter like upstream's deserializer; failures are -32602. */
export function rangeParam(text: string, field: string): VersionRange {
  try {
    return parseRange(text);
  } catch (e) {
    throw invalidParams(`${(e as Error).message} for \`${field}\``);
  }
}

/** Parses a version parameter like upstream's `VersionString` deserializer; failures are -32602. */
export function versionParam(text: string, field: string): ExtendedVersion {
  try {
    return parseExtendedVersion(text);
  } catch (e) {
    throw invalidParams(`${(e as Error).message} for \`${field}\``);
  }
}

/** Parses a stored range; corrupt data counts as the empty range. */
export function storedRange(text: string): VersionRange {
  try {
    return parseRange(text);
  } catch {
    return RANGE_NONE;
  }
}

export const packageSignerAdd: MethodHandler<'package.signer.add'> = async (p, ctx) => {
  const { id, signer, merge } = p;
  const versions = rangeParam(p.versions ?? '*', 'versions');
  await ctx.store.mutate((db) => {
    if (!hasOwnKey(db.index.signers, signer)) throw invalidRequest(`unknown signer ${signer}`);
    const pkg = ownValue(db.index.package.packages, id);
    if (!pkg) throw notFound(id);
    const existing = ownValue(pkg.authorized, signer);
    const next = merge ? rangeOr(existing === undefined ? RANGE_NONE : storedRange(existing), versions) : versions;
    setOwn(pkg.authorized, signer, printRange(next));
  });
  return null;
};

export const packageSignerRemove: MethodHandler<'package.signer.remove'> = async ({ id, signer }, ctx) => {
  await ctx.store.mutate((db) => {
    const pkg = ownValue(db.index.package.packages, id);
    if (!pkg) throw notFound(id);
    if (!hasOwnKey(pkg.authorized, signer)) throw notFound(`Signer ${signer} is not authorized to sign for ${id}`);
    delete pkg.authorized[signer];
  });
  return null;
};

export const packageSignerList: MethodHandler<'package.signer.list'> = ({ id }, ctx) => {
  const { packages } = ctx.store.db.index.package;
  const pkg = ownValue(packages, id);
  if (!pkg) throw notFound(id);
  const out: Record<string, [SignerInfo, string]> = {};
  for (const [guid, range] of Object.entries(pkg.authorized)) {
    const info = ownValue(ctx.store.db.index.signers, guid);
    if (info) setOwn(out, guid, [info, range]);
  }
  return out;
};
