/**
 * @module
 * The method table of the stand-in (spec/registry-api.md §4): every method of the core table,
 * each with a handler (the table's type makes a missing one a compile error).
 */
import { METHOD_NAMES, METHODS, type MethodName, type ResultOf } from '../core/rpc/methods.ts';
import type { HandlerTable, MethodContext, MethodHandler } from './context.ts';
import { decodeParams } from './params.ts';
import * as admin from './rpc/admin.ts';
import * as category from './rpc/package-category.ts';
import { dbDump } from './rpc/db.ts';
import { dbApply } from './rpc/db-apply.ts';
import { fullIndex, info, infoSetIcon, infoSetName } from './rpc/info.ts';
import { packageAdd, packageAddMirror } from './rpc/package-add.ts';
import { packageGet } from './rpc/package-get.ts';
import { packageRemove, packageRemoveMirror } from './rpc/package-remove.ts';
import * as os from './rpc/os-version.ts';
import { osAssetAdd, osAssetGet, osAssetRemove, osAssetSign } from './rpc/os-asset.ts';
import { osVersionGet } from './rpc/os-version-get.ts';
import * as signer from './rpc/package-signer.ts';

const implemented: HandlerTable = {
  index: fullIndex,
  info,
  'info.set-name': infoSetName,
  'info.set-icon': infoSetIcon,
  'package.index': (_p, ctx) => ctx.store.db.index.package,
  'package.get': packageGet,
  'package.add': packageAdd,
  'package.add-mirror': packageAddMirror,
  'package.remove': packageRemove,
  'package.remove-mirror': packageRemoveMirror,
  'package.signer.add': signer.packageSignerAdd,
  'package.signer.remove': signer.packageSignerRemove,
  'package.signer.list': signer.packageSignerList,
  'package.category.add': category.categoryAdd,
  'package.category.remove': category.categoryRemove,
  'package.category.add-package': category.categoryAddPackage,
  'package.category.remove-package': category.categoryRemovePackage,
  'package.category.list': category.categoryList,
  'os.index': os.osIndex,
  'os.version.add': os.osVersionAdd,
  'os.version.remove': os.osVersionRemove,
  'os.version.get': osVersionGet,
  'os.version.signer.add': os.osVersionSignerAdd,
  'os.version.signer.remove': os.osVersionSignerRemove,
  'os.version.signer.list': os.osVersionSignerList,
  'os.asset.add.iso': osAssetAdd('iso'),
  'os.asset.add.img': osAssetAdd('img'),
  'os.asset.add.squashfs': osAssetAdd('squashfs'),
  'os.asset.remove.iso': osAssetRemove('iso'),
  'os.asset.remove.img': osAssetRemove('img'),
  'os.asset.remove.squashfs': osAssetRemove('squashfs'),
  'os.asset.sign.iso': osAssetSign('iso'),
  'os.asset.sign.img': osAssetSign('img'),
  'os.asset.sign.squashfs': osAssetSign('squashfs'),
  'os.asset.get.iso': osAssetGet('iso'),
  'os.asset.get.img': osAssetGet('img'),
  'os.asset.get.squashfs': osAssetGet('squashfs'),
  'admin.signer.list': admin.adminSignerList,
  'admin.signer.add': admin.adminSignerAdd,
  'admin.signer.edit': admin.adminSignerEdit,
  'admin.signer.remove': admin.adminSignerRemove,
  'admin.add': admin.adminAdd,
  'admin.remove': admin.adminRemove,
  'admin.list': admin.adminList,
  'db.dump': dbDump,
  'metrics.summary': (_p, ctx) => ctx.metrics.summary(),
  'metrics.users': (p, ctx) => ctx.metrics.users(p),
  'metrics.downloads': (p, ctx) => ctx.metrics.downloads(p),
  'db.apply': dbApply,
};

/**
 * Runs the handler of `method` on params decoded with the
 * method's schema from the core table.
 * @throws RpcError -32602 when the params do not decode; whatever the handler throws.
 */
export async function runMethod<M extends MethodName>(method: M, params: unknown, ctx: MethodContext): Promise<ResultOf<M>> {
  const handler: MethodHandler<M> = implemented[method];
  return handler(decodeParams(METHODS[method].params, params), ctx);
}

/** Inner nodes of the handler tree (`package`, `admin.signer`, …): found, then -32601 (§1.4). */
export const INNER_NODES: ReadonlySet<string> = new Set(
  METHOD_NAMES.flatMap((m) => {
    const parts = m.split('.');
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
  }).filter((n) => n !== 'info'),
);
