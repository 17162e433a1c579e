/**
 * @module
 * `package.category.*` (spec/registry-api.md §4.5): a flat map of id → {name}; packages keep
 * ids of deleted categories (dangling) and `add-package` does not validate the id.
 */
import type { MethodHandler } from '../context.ts';
import { localeString, packageId, required, str } from '../params.ts';
import { notFound } from '../rpc-error.ts';

export const categoryList: MethodHandler = (_p, ctx) => ctx.store.db.index.package.categories;

export const categoryAdd: MethodHandler = async (p, ctx) => {
  const id = required(p, 'id', str);
  const name = required(p, 'name', localeString);
  await ctx.store.mutate((db) => {
    db.index.package.categories[id] = { name };
  });
  return null;
};

export const categoryRemove: MethodHandler = async (p, ctx) => {
  const id = required(p, 'id', str);
  await ctx.store.mutate(
    (db) => {
      const had = id in db.index.package.categories;
      delete db.index.package.categories[id];
      return had;
    },
    (had) => had,
  );
  return null;
};

export const categoryAddPackage: MethodHandler = async (p, ctx) => {
  const id = required(p, 'id', str);
  const pkg = required(p, 'package', packageId);
  await ctx.store.mutate(
    (db) => {
      const info = db.index.package.packages[pkg];
      if (!info) throw notFound(pkg);
      if (info.categories.includes(id)) return false;
      info.categories.push(id);
      return true;
    },
    (changed) => changed,
  );
  return null;
};

export const categoryRemovePackage: MethodHandler = async (p, ctx) => {
  const id = required(p, 'id', str);
  const pkg = required(p, 'package', packageId);
  await ctx.store.mutate(
    (db) => {
      const info = db.index.package.packages[pkg];
      if (!info) throw notFound(pkg);
      const before = info.categories.length;
      info.categories = info.categories.filter((c) => c !== id);
      return info.categories.length !== before;
    },
    (changed) => changed,
  );
  return null;
};
