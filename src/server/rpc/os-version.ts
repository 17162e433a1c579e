/**
 * @module
 * `os.index`, `os.version.add/remove` and `os.version.signer.*` (spec/registry-api.md §3.4,
 * §4.6): StartOS releases keyed by their printed `Version`, and the signers authorized to
 * manage each release's assets.
 */
import { printRange } from '../../core/exver/index.ts';
import type { OsVersionInfo, SignerInfo } from '../../core/rpc/types.ts';
import type { MethodHandler } from '../context.ts';
import { hasOwnKey, ownValue, setOwn } from '../../core/registry/own-key.ts';
import { osVersionParam, releaseOf } from '../os-release.ts';
import { invalidRequest, notFound } from '../rpc-error.ts';
import { signerByKey } from '../signers.ts';
import { rangeParam } from './package-signer.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const osIndex: MethodHandler<'os.index'> = (_p, ctx) => ctx.store.db.index.os;

/** Upsert: overwrites the texts and range, keeps assets and `authorized`, adds the caller. */
export const osVersionAdd: MethodHandler<'os.version.add'> = async (p, ctx) => {
  const key = osVersionParam(p.version, 'version');
  const sourceVersion = printRange(rangeParam(p.sourceVersion, 'sourceVersion'));
  await ctx.store.mutate(
    (db) => {
      const versions = db.index.os.versions;
      const before = ownValue(versions, key);
      const release: OsVersionInfo = {
        headline: p.headline,
        releaseNotes: p.releaseNotes,
        sourceVersion,
        authorized: [...(before?.authorized ?? [])],
        iso: before?.iso ?? {},
        squashfs: before?.squashfs ?? {},
        img: before?.img ?? {},
      };
      const caller = ctx.signer === null ? null : signerByKey(db, ctx.signer);
      if (caller && !release.authorized.includes(caller.guid)) release.authorized.push(caller.guid);
      setOwn(versions, key, release);
      return !same(before, release);
    },
    (changed) => changed,
  );
  return null;
};

/** Deletes the release and its asset records; an unknown version is no error. */
export const osVersionRemove: MethodHandler<'os.version.remove'> = async (p, ctx) => {
  const key = osVersionParam(p.version, 'version');
  await ctx.store.mutate(
    (db) => {
      if (!hasOwnKey(db.index.os.versions, key)) return false;
      delete db.index.os.versions[key];
      return true;
    },
    (changed) => changed,
  );
  return null;
};

export const osVersionSignerAdd: MethodHandler<'os.version.signer.add'> = async (p, ctx) => {
  const key = osVersionParam(p.version, 'version');
  const { signer } = p;
  await ctx.store.mutate(
    (db) => {
      if (!hasOwnKey(db.index.signers, signer)) throw invalidRequest(`unknown signer ${signer}`);
      const release = releaseOf(db, key);
      if (release.authorized.includes(signer)) return false;
      release.authorized.push(signer);
      return true;
    },
    (changed) => changed,
  );
  return null;
};

export const osVersionSignerRemove: MethodHandler<'os.version.signer.remove'> = async (p, ctx) => {
  const key = osVersionParam(p.version, 'version');
  const { signer } = p;
  await ctx.store.mutate((db) => {
    const release = releaseOf(db, key);
    if (!release.authorized.includes(signer)) {
      throw notFound(`Signer ${signer} is not authorized to sign for v${key}`);
    }
    release.authorized = release.authorized.filter((g) => g !== signer);
  });
  return null;
};

/** The release's authorized signers that still exist, by Guid. */
export const osVersionSignerList: MethodHandler<'os.version.signer.list'> = (p, ctx) => {
  const key = osVersionParam(p.version, 'version');
  const { db } = ctx.store;
  const out: Record<string, SignerInfo> = {};
  for (const guid of releaseOf(db, key).authorized) {
    const info = ownValue(db.index.signers, guid);
    if (info) setOwn(out, guid, info);
  }
  return out;
};
