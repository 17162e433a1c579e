/**
 * @module
 * `info`, `info.set-name`, `info.set-icon` and the signed `index` (spec/registry-api.md §4.1,
 * §4.2).
 */
import { parseBase64 } from '../../core/bytes/base64.ts';
import type { MethodHandler } from '../context.ts';
import { invalidParams } from '../rpc-error.ts';

/**
 * Upstream's `DataUrl` parser: any text between `data:` and the first `;base64,` is the mime
 * (empty, or with parameters), the rest canonical padded standard Base64 (spec §12).
 */
function isDataUrl(text: string): boolean {
  if (!text.startsWith('data:')) return false;
  const at = text.indexOf(';base64,');
  if (at < 0) return false;
  const data = text.slice(at + ';base64,'.length);
  try {
    parseBase64(data);
  } catch {
    return false;
  }
  return data.length % 4 === 0;
}

export const info: MethodHandler<'info'> = (_p, ctx) => {
  const idx = ctx.store.db.index;
  return { name: idx.name, icon: idx.icon, categories: idx.package.categories };
};

export const fullIndex: MethodHandler<'index'> = (_p, ctx) => ctx.store.db.index;

export const infoSetName: MethodHandler<'info.set-name'> = async ({ name }, ctx) => {
  await ctx.store.mutate((db) => {
    db.index.name = name;
  });
  return null;
};

export const infoSetIcon: MethodHandler<'info.set-icon'> = async ({ icon }, ctx) => {
  if (!isDataUrl(icon)) throw invalidParams('invalid data url: expected data:<mime>;base64,<padded Base64> for `icon`');
  await ctx.store.mutate((db) => {
    db.index.icon = icon;
  });
  return null;
};
