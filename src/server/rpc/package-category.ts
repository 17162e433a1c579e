/**
 * @module
 * `package.category.*` (spec/registry-api.md §4.5): a flat map of id → {name}; packages keep
 * ids of deleted categories (dangling) and `add-package` does not validate the id.
 */
import type { ParamsOf } from '../../core/rpc/methods.ts';
import type { MethodContext, MethodHandler } from '../context.ts';
import { notFound } from '../rpc-error.ts';
import { hasOwnKey, ownValue, setOwn } from '../../core/registry/own-key.ts';

export const categoryList: MethodHandler<'package.category.list'> = (_p, ctx) => ctx.store.db.index.package.categories;

export const categoryAdd: MethodHandler<'package.category.add'> = async ({ id, name }, ctx) => {
  await ctx.store.mutate((db) => {
    setOwn(db.index.package.categories, id, { name });
  });
  return null;
};

export const categoryRemove: MethodHandler<'package.category.remove'> = async ({ id }, ctx) => {
  await ctx.store.mutate(
    (db) => {
      const had = hasOwnKey(db.index.package.categories, id);
      delete db.index.package.categories[id];
      return had;
    },
    (had) => had,
  );
  return null;
};

/** Rewrites one package's category list; package must exist (6); persists only on change. */
function editPackageCategories(
  edit: (categories: string[], id: string) => string[],
): (p: ParamsOf<'package.category.add-package'>, ctx: MethodContext) => Promise<null> {
  return async ({ id, package: pkg }, ctx) => {
    await ctx.store.mutate(
      (db) => {
        const info = ownValue(db.index.package.packages, pkg);
        if (!info) throw notFound(pkg);
        const next = edit(info.categories, id);
        const changed = next.length !== info.categories.length;
        info.categories = next;
        return changed;
      },
      (changed) => changed,
    );
    return null;
  };
}

export const categoryAddPackage = editPackageCategories((cats, id) => (cats.includes(id) ? cats : [...cats, id]));

export const categoryRemovePackage = editPackageCategories((cats, id) => cats.filter((c) => c !== id));
