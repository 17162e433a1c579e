/**
 * @module
 * Scalar wire types of the registry API (spec registry-api.md §5.1) as valibot schemas. Answers
 * are parsed leniently: scalars are checked for their JSON type only, never for their syntax;
 * the stand-in's stricter parameter checks live beside the parameter schemas.
 */
import * as v from 'valibot';
import { ownRecord } from './own-record.ts';

/** Signer id: 32 chars of RFC 4648 Base32 without padding (§5.1). Not syntax-checked in params. */
export const GuidSchema = v.string();
/** Package id matching `^[a-z0-9]+(-[a-z0-9]+)*$` (§5.1); see `PackageIdParamSchema` for the check. */
export const PackageIdSchema = v.string();
/** Exver extended version `[#flavor:]upstream:downstream`, e.g. `28.1:0` (§5.1). Reuse the exact stored spelling. */
export const VersionStringSchema = v.string();
/** Exver version without downstream, e.g. `0.4.0-beta.10`; used for OS versions, `osVersion`, `sdkVersion` (§5.1). */
export const VersionSchema = v.string();
/** Exver range, e.g. `>=1.0.0:0 <2.0.0:0`; the server stores a re-rendered normalized form (§5.1). */
export const VersionRangeStringSchema = v.string();
/** Standard-alphabet Base64; emitted without padding, accepted with or without (§5.1). */
export const Base64Schema = v.string();
/** `data:<mime>;base64,<padded standard Base64>` (§5.1). */
export const DataUrlSchema = v.string();
/** Plain text, or a map from locale (`en_US`) to text (§5.1). */
export const LocaleStringSchema = v.union([v.string(), ownRecord(v.string(), v.string())]);
/** Ed25519 SPKI `PUBLIC KEY` PEM; canonical form has LF line endings and a trailing LF (§2.7, §5.1). */
export const PublicKeyPemSchema = v.string();
/** `SIGNATURE` PEM (§2.7, §5.1). */
export const SignaturePemSchema = v.string();
/** A JSON number that upstream holds as `u64` (byte sizes, counts). */
export const U64Schema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** An `Option<T>` parameter: absent and null mean the same (§4.0). */
export const opt = <S extends v.GenericSchema>(schema: S) => v.optional(v.nullable(schema));

export type Guid = v.InferOutput<typeof GuidSchema>;
export type PackageId = v.InferOutput<typeof PackageIdSchema>;
export type VersionString = v.InferOutput<typeof VersionStringSchema>;
export type Version = v.InferOutput<typeof VersionSchema>;
export type VersionRangeString = v.InferOutput<typeof VersionRangeStringSchema>;
export type Base64 = v.InferOutput<typeof Base64Schema>;
export type DataUrl = v.InferOutput<typeof DataUrlSchema>;
export type LocaleString = v.InferOutput<typeof LocaleStringSchema>;
export type PublicKeyPem = v.InferOutput<typeof PublicKeyPemSchema>;
export type SignaturePem = v.InferOutput<typeof SignaturePemSchema>;
