/**
 * @module
 * `info`, `info.set-name`, `info.set-icon` and the signed `index` (spec/registry-api.md §4.1,
 * §4.2).
 */
import type { MethodHandler } from '../context.ts';
import { required, str } from '../params.ts';
import { invalidParams } from '../rpc-error.ts';

const DATA_URL = /^data:([^;,]+);base64,([A-Za-z0-9+/]*={0,2})$/;

export const info: MethodHandler = (_p, ctx) => {
  const idx = ctx.store.db.index;
  return { name: idx.name, icon: idx.icon, categories: idx.package.categories };
};

export const fullIndex: MethodHandler = (_p, ctx) => ctx.store.db.index;

export const infoSetName: MethodHandler = async (p, ctx) => {
  const name = required(p, 'name', str);
  await ctx.store.mutate((db) => {
    db.index.name = name;
  });
  return null;
};

export const infoSetIcon: MethodHandler = async (p, ctx) => {
  const icon = required(p, 'icon', str);
  const m = DATA_URL.exec(icon);
  if (!m || m[2]!.length % 4 !== 0) throw invalidParams('invalid data url: expected data:<mime>;base64,<padded Base64> for `icon`');
  await ctx.store.mutate((db) => {
    db.index.icon = icon;
  });
  return null;
};
