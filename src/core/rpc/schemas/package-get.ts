/**
 * @module
 * Results of `package.get` (spec registry-api.md §4.3): one object per package whose
 * `otherVersions` shape follows the requested detail level, or a map by id without `id`.
 */
import * as v from 'valibot';
import { PackageVersionInfoSchema } from './package.ts';
import { LocaleStringSchema, PackageIdSchema, VersionStringSchema } from './scalars.ts';
import { ownRecord } from './own-record.ts';

/** Detail level of `package.get` for non-best versions; server default `short` (§4.3). */
export const OtherVersionsLevelSchema = v.picklist(['none', 'short', 'full']);

/** What `otherVersions: "short"` keeps of a version (§4.3). */
export const PackageVersionShortSchema = v.object({ releaseNotes: LocaleStringSchema });

const entries = {
  categories: v.array(v.string()),
  best: ownRecord(VersionStringSchema, PackageVersionInfoSchema),
};

/** `package.get` for one id with `otherVersions: "none"`: the `otherVersions` key is absent (§4.3). */
export const PackageGetNoneSchema = v.object(entries);
/** `package.get` for one id with `otherVersions: "short"` (or absent/null) (§4.3). */
export const PackageGetShortSchema = v.object({
  ...entries,
  otherVersions: ownRecord(VersionStringSchema, PackageVersionShortSchema),
});
/** `package.get` for one id with `otherVersions: "full"` (§4.3). */
export const PackageGetFullSchema = v.object({
  ...entries,
  otherVersions: ownRecord(VersionStringSchema, PackageVersionInfoSchema),
});

/** The per-package schema for a detail level (null/absent = short). */
export function packageGetEntrySchema(level: OtherVersionsLevel | null | undefined) {
  if (level === 'none') return PackageGetNoneSchema;
  return level === 'full' ? PackageGetFullSchema : PackageGetShortSchema;
}

/**
 * The exact `package.get` result schema for the params sent: the per-package object when `id`
 * is a string, a map by id otherwise (§4.3). Use it rather than {@link PackageGetResultSchema}
 * where the params are known: lenient objects drop unknown keys, so the union cannot tell levels.
 */
export function packageGetResultSchema(params: {
  id?: string | null;
  otherVersions?: OtherVersionsLevel | null;
}) {
  const entry = packageGetEntrySchema(params.otherVersions);
  return typeof params.id === 'string' ? entry : ownRecord(PackageIdSchema, entry);
}

/**
 * Parses a `package.get` answer with the exact schema for the params sent (see
 * {@link packageGetResultSchema}) and types it accordingly.
 * @throws ValiError when the answer does not match.
 */
export function parsePackageGetResult<P extends Parameters<typeof packageGetResultSchema>[0]>(
  params: P,
  value: unknown,
): PackageGetResultFor<P> {
  // The schema is picked by the same rule as the conditional type; TS cannot follow that.
  return v.parse(packageGetResultSchema(params), value) as PackageGetResultFor<P>;
}

const anyEntry = v.union([PackageGetFullSchema, PackageGetShortSchema, PackageGetNoneSchema]);
/** Every possible `package.get` result; richest shape first. */
export const PackageGetResultSchema = v.union([anyEntry, ownRecord(PackageIdSchema, anyEntry)]);

export type OtherVersionsLevel = v.InferOutput<typeof OtherVersionsLevelSchema>;
export type PackageVersionShort = v.InferOutput<typeof PackageVersionShortSchema>;
export type PackageGetNone = v.InferOutput<typeof PackageGetNoneSchema>;
export type PackageGetShort = v.InferOutput<typeof PackageGetShortSchema>;
export type PackageGetFull = v.InferOutput<typeof PackageGetFullSchema>;

/** Per-package `package.get` object for a level `L` (distributes over unions; null/absent = short). */
export type PackageGetEntryFor<L> = L extends 'none'
  ? PackageGetNone
  : L extends 'full'
    ? PackageGetFull
    : PackageGetShort;

/** `package.get` without `id`: only packages with at least one kept version (§4.3). */
export type PackageGetAll<E = PackageGetNone | PackageGetShort | PackageGetFull> = Record<
  string,
  E
>;

/**
 * Exact `package.get` result for params type `P`: per-package object when `id` is a string,
 * map by id when `id` is absent/null, the union when unknown (§4.3).
 */
export type PackageGetResultFor<P> = IdResult<
  'id' extends keyof P ? P['id'] : undefined,
  PackageGetEntryFor<'otherVersions' extends keyof P ? P['otherVersions'] : undefined>
>;
type IdResult<I, E> = I extends string ? E : PackageGetAll<E>;

/** Every possible `package.get` result. */
export type PackageGetResult = v.InferOutput<typeof PackageGetResultSchema>;
