/**
 * @module
 * Method table of the registry API: name → params schema, result schema, access (spec
 * registry-api.md §4, §3.2) and the `format` flag, shared by the stand-in server and the UI.
 * Types are inferred from the schemas, so one definition types the client, checks the stand-in's
 * answers at compile time and validates registry answers at run time (see schemas/scalars.ts on
 * leniency: unknown extra keys pass and are dropped, missing required keys fail).
 */
import * as v from 'valibot';
import { OsAssetSchema } from './schemas/asset.ts';
import { OsIndexSchema, OsVersionMapSchema } from './schemas/os.ts';
import { CategoryMapSchema, PackageIndexSchema } from './schemas/package.ts';
import { PackageGetResultSchema } from './schemas/package-get.ts';
import {
  DbDumpSchema,
  FullIndexSchema,
  RegistryInfoSchema,
  SignerMapSchema,
} from './schemas/registry.ts';
import {
  MetricsDownloadsSchema,
  MetricsSummarySchema,
  MetricsUsersSchema,
} from './schemas/metrics.ts';
import * as p from './schemas/params.ts';
import {
  DataUrlSchema,
  GuidSchema,
  LocaleStringSchema,
  opt,
  PublicKeyPemSchema,
  VersionRangeStringSchema,
} from './schemas/scalars.ts';
import { ContactInfoSchema, SignerInfoSchema } from './schemas/signer.ts';
import { ownRecord } from './schemas/own-record.ts';

export type {
  EmptyParams,
  OsAssetAddParams,
  OsAssetRef,
  OsAssetSignParams,
  OsVersionGetParams,
  PackageGetParams,
} from './schemas/params.ts';

/** Access level of a method (§3.1): anyone, a registered signer, or an admin. */
export type AccessLevel = 'anon' | 'signer' | 'admin';

/** Auth metadata of one method (§3.1 flags). */
export interface MethodAccess {
  level: AccessLevel;
  /** Server injects the verified key as `params.__Auth_signer`. */
  getSigner: boolean;
  /** Server parses and applies `X-StartOS-Device-Info`. */
  deviceInfo: boolean;
}

const access = (level: AccessLevel, getSigner: boolean, deviceInfo: boolean): MethodAccess =>
  Object.freeze({ level, getSigner, deviceInfo });
const anon = access('anon', false, false);
const anonDevice = access('anon', false, true);
const signer = access('signer', false, false);
const signerWithKey = access('signer', true, false);
const admin = access('admin', false, false);
const adminWithKey = access('admin', true, false);

/** One row of the method table. */
export interface MethodSpec<P extends v.GenericSchema, R extends v.GenericSchema> {
  /** Decodes the params object (the server-injected `__Auth_signer` is dropped). */
  params: P;
  /** Validates the result; `null` for methods without a meaningful return value. */
  result: R;
  /** The §3.2 access matrix entry. Handler rules beyond the level (§3.3–§3.4) are not here. */
  access: Readonly<MethodAccess>;
  /**
   * Params carry the CLI `format` key, validated (§4.0): the methods marked *(display)* in §4
   * except `os.asset.get.*` (no `WithIoFormat` there), plus `info.set-name` and `info.set-icon`,
   * whose parent `info` is `WithIoFormat<Empty>` (§12).
   */
  format: boolean;
}

function method<P extends v.GenericSchema, R extends v.GenericSchema>(
  level: MethodAccess,
  params: P,
  result: R,
  flags: { format?: boolean } = {},
): Readonly<MethodSpec<P, R>> {
  return Object.freeze({ params, result, access: level, format: flags.format ?? false });
}
const formatted = { format: true };
const none = p.EmptyParamsSchema;
const ok = v.null();

/**
 * Every RPC method of the registry (§4). `__Auth_signer` and `__DeviceInfo_device_info` are
 * injected by the server and never appear here (§2.12, §6).
 */
export const METHODS = Object.freeze({
  index: method(signer, none, FullIndexSchema, formatted),
  info: method(anon, none, RegistryInfoSchema, formatted),
  'info.set-name': method(admin, v.object({ name: v.string() }), ok, formatted),
  'info.set-icon': method(admin, v.object({ icon: DataUrlSchema }), ok, formatted),

  'package.index': method(anon, none, PackageIndexSchema, formatted),
  'package.get': method(anonDevice, p.PackageGetParamsSchema, PackageGetResultSchema, formatted),
  'package.add': method(signerWithKey, p.PackageAddParamsSchema, ok),
  'package.add-mirror': method(signerWithKey, p.PackageAddMirrorParamsSchema, ok),
  /** Result: true if the database changed. */
  'package.remove': method(signerWithKey, p.PackageRemoveParamsSchema, v.boolean()),
  'package.remove-mirror': method(signerWithKey, p.PackageRemoveMirrorParamsSchema, ok),

  'package.signer.add': method(admin, p.PackageSignerAddParamsSchema, ok),
  'package.signer.remove': method(admin, p.PackageSignerRefSchema, ok),
  /** Each value is a two-element array `[signer, scope range]`. */
  'package.signer.list': method(
    anon,
    p.PackageIdParamsSchema,
    ownRecord(GuidSchema, v.strictTuple([SignerInfoSchema, VersionRangeStringSchema])),
    formatted,
  ),

  'package.category.add': method(admin, v.object({ id: v.string(), name: LocaleStringSchema }), ok),
  'package.category.remove': method(admin, p.CategoryIdParamsSchema, ok),
  'package.category.add-package': method(admin, p.CategoryPackageParamsSchema, ok),
  'package.category.remove-package': method(admin, p.CategoryPackageParamsSchema, ok),
  'package.category.list': method(anon, none, CategoryMapSchema, formatted),

  'os.index': method(anon, none, OsIndexSchema, formatted),
  'os.version.add': method(adminWithKey, p.OsVersionAddParamsSchema, ok),
  'os.version.remove': method(admin, p.OsVersionParamsSchema, ok),
  'os.version.get': method(anonDevice, p.OsVersionGetParamsSchema, OsVersionMapSchema, formatted),
  'os.version.signer.add': method(admin, p.OsVersionSignerParamsSchema, ok),
  'os.version.signer.remove': method(admin, p.OsVersionSignerParamsSchema, ok),
  'os.version.signer.list': method(anon, p.OsVersionParamsSchema, SignerMapSchema, formatted),

  'os.asset.add.iso': method(signerWithKey, p.OsAssetAddParamsSchema, ok),
  'os.asset.add.img': method(signerWithKey, p.OsAssetAddParamsSchema, ok),
  'os.asset.add.squashfs': method(signerWithKey, p.OsAssetAddParamsSchema, ok),
  'os.asset.remove.iso': method(signerWithKey, p.OsAssetRefSchema, ok),
  'os.asset.remove.img': method(signerWithKey, p.OsAssetRefSchema, ok),
  'os.asset.remove.squashfs': method(signerWithKey, p.OsAssetRefSchema, ok),
  /** The caller must be in the release's `authorized` set; admin status is not enough (§3.2). */
  'os.asset.sign.iso': method(signerWithKey, p.OsAssetSignParamsSchema, ok),
  'os.asset.sign.img': method(signerWithKey, p.OsAssetSignParamsSchema, ok),
  'os.asset.sign.squashfs': method(signerWithKey, p.OsAssetSignParamsSchema, ok),
  'os.asset.get.iso': method(anon, p.OsAssetRefSchema, OsAssetSchema),
  'os.asset.get.img': method(anon, p.OsAssetRefSchema, OsAssetSchema),
  'os.asset.get.squashfs': method(anon, p.OsAssetRefSchema, OsAssetSchema),

  'admin.signer.list': method(admin, none, SignerMapSchema, formatted),
  /** Result: the new signer's Guid. */
  'admin.signer.add': method(admin, SignerInfoSchema, GuidSchema),
  /** Every array is required (send `[]`); `setName` absent/null keeps the name. */
  'admin.signer.edit': method(
    admin,
    v.object({
      id: GuidSchema,
      setName: opt(v.string()),
      addContact: v.array(ContactInfoSchema),
      addKey: v.array(PublicKeyPemSchema),
      removeContact: v.array(ContactInfoSchema),
      removeKey: v.array(PublicKeyPemSchema),
    }),
    ok,
  ),
  'admin.signer.remove': method(admin, v.object({ id: GuidSchema }), ok),
  'admin.add': method(admin, v.object({ signer: GuidSchema }), ok),
  'admin.remove': method(admin, v.object({ signer: GuidSchema }), ok),
  'admin.list': method(admin, none, SignerMapSchema, formatted),

  /** `pointer` is an RFC 6901 JSON Pointer into the database root (§5.2). */
  'db.dump': method(admin, v.object({ pointer: opt(v.string()) }), DbDumpSchema),
  /** `expr` is a jq filter; `path` is accepted but ignored by the server. */
  'db.apply': method(admin, v.object({ expr: v.string(), path: opt(v.string()) }), ok),

  'metrics.summary': method(admin, none, MetricsSummarySchema, formatted),
  /** `after`/`before` are compared as strings with RFC 3339 `+00:00` timestamps (§4.9). */
  'metrics.users': method(admin, p.MetricsUsersParamsSchema, MetricsUsersSchema, formatted),
  'metrics.downloads': method(
    admin,
    p.MetricsDownloadsParamsSchema,
    MetricsDownloadsSchema,
    formatted,
  ),
});

/** The method table's type. */
export type MethodTable = typeof METHODS;
/** Dotted method name as sent in `method` (§1.4). */
export type MethodName = keyof MethodTable;
/** Params object of method `M`, as sent and as decoded. */
export type ParamsOf<M extends MethodName> = v.InferOutput<MethodTable[M]['params']>;
/** Result of method `M` (`null` for methods without a meaningful return value). */
export type ResultOf<M extends MethodName> = v.InferOutput<MethodTable[M]['result']>;

/** Every method name, in table order (the keys of {@link METHODS}). */
export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** The §3.2 access matrix, by method name. */
export const METHOD_ACCESS: Readonly<Record<MethodName, Readonly<MethodAccess>>> = Object.freeze(
  Object.fromEntries(METHOD_NAMES.map((m) => [m, METHODS[m].access])) as Record<
    MethodName,
    MethodAccess
  >,
);

/** True when `name` is a method of the table (exact, case-sensitive match as in §1.4). */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(METHODS, name);
}
