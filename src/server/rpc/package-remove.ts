/**
 * @module
 * `package.remove` and `package.remove-mirror` (spec/registry-api.md §4.3).
 */
import { parseBase64 } from '../../core/bytes/base64.ts';
import { equalBytes } from '../../core/bytes/bytes.ts';
import type { MethodHandler } from '../context.ts';
import { invalidParams, invalidRequest } from '../rpc-error.ts';
import { assertScope, callerOf } from '../scope.ts';
import { versionParam } from './package-signer.ts';
import { ownValue } from '../../core/registry/own-key.ts';

function sighashParam(text: string): Uint8Array {
  try {
    const b = parseBase64(text);
    if (b.length === 32) return b;
  } catch {
    // fall through
  }
  throw invalidParams('invalid Base64 of 32 bytes for `sighash`');
}

function normalizeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw invalidParams(`relative URL without a base: ${url} for \`url\``);
  }
}

export const packageRemove: MethodHandler<'package.remove'> = async (p, ctx) => {
  const { id } = p;
  const version = p.version ?? undefined;
  // A VersionString upstream: parsed while decoding params, so a bad one is -32602 (§12).
  if (version !== undefined) versionParam(version, 'version');
  const sighash = p.sighash == null ? undefined : sighashParam(p.sighash);
  const force = p.force ?? false;
  return ctx.store.mutate(
    (db) => {
      const caller = callerOf(db, ctx.signer);
      assertScope(db, caller, id, version);
      const pkg = ownValue(db.index.package.packages, id);
      if (!pkg) return false;
      if (version === undefined) {
        if (Object.keys(pkg.versions).length > 0 && !force) {
          throw invalidRequest(`Package ${id} has versions; use --force to remove`);
        }
        delete db.index.package.packages[id];
        return true;
      }
      const info = ownValue(pkg.versions, version);
      if (!info) return false;
      if (sighash === undefined) {
        delete pkg.versions[version];
        return true;
      }
      const before = info.s9pks.length;
      info.s9pks = info.s9pks.filter(([, asset]) => !equalBytes(parseBase64(asset.commitment.rootSighash), sighash));
      if (info.s9pks.length === before) return false;
      if (info.s9pks.length === 0) delete pkg.versions[version];
      return true;
    },
    (changed) => changed,
  );
};

export const packageRemoveMirror: MethodHandler<'package.remove-mirror'> = async (p, ctx) => {
  const { id, version } = p;
  versionParam(version, 'version');
  const url = normalizeUrl(p.url);
  await ctx.store.mutate(
    (db) => {
      const caller = callerOf(db, ctx.signer);
      assertScope(db, caller, id, version);
      const info = ownValue(ownValue(db.index.package.packages, id)?.versions, version);
      if (!info) return false;
      let changed = false;
      for (const [, asset] of info.s9pks) {
        const kept = asset.urls.filter((u) => u !== url);
        if (kept.length === asset.urls.length) continue;
        if (kept.length === 0) throw invalidRequest('Cannot remove last mirror from an s9pk');
        asset.urls = kept;
        changed = true;
      }
      return changed;
    },
    (changed) => changed,
  );
  return null;
};
