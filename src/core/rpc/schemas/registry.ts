/**
 * @module
 * Whole-registry structures (spec registry-api.md §4.1, §4.2, §4.8, §5.2, §5.3): the signed
 * index, `info`, the database root and `db.dump`.
 */
import * as v from 'valibot';
import { OsIndexSchema } from './os.ts';
import { CategoryMapSchema, PackageIndexSchema } from './package.ts';
import { DataUrlSchema, GuidSchema, U64Schema } from './scalars.ts';
import { SignerInfoSchema } from './signer.ts';
import { ownRecord } from './own-record.ts';

/** Signer Guid → identity, as `admin.signer.list` and `admin.list` answer it (§4.7). */
export const SignerMapSchema = ownRecord(GuidSchema, SignerInfoSchema);

/** Result of `index`: the whole public index (§4.1, §5.3). */
export const FullIndexSchema = v.object({
  name: v.nullable(v.string()),
  icon: v.nullable(DataUrlSchema),
  package: PackageIndexSchema,
  os: OsIndexSchema,
  signers: SignerMapSchema,
});

/** Database root as stored (§5.2); `db.dump` returns it raw, so legacy keys may appear. */
export const RegistryDatabaseSchema = v.object({
  migrations: v.array(v.string()),
  /** The admin set (sorted). */
  admins: v.array(GuidSchema),
  index: FullIndexSchema,
});

/** Result of `info` (§4.2). */
export const RegistryInfoSchema = v.object({
  name: v.nullable(v.string()),
  icon: v.nullable(DataUrlSchema),
  categories: CategoryMapSchema,
});

/** Result of `db.dump`: revision id and the raw JSON at the pointer, or null if absent (§4.8). */
export const DbDumpSchema = v.object({ id: U64Schema, value: v.unknown() });

export type FullIndex = v.InferOutput<typeof FullIndexSchema>;
export type RegistryDatabase = v.InferOutput<typeof RegistryDatabaseSchema>;
export type RegistryInfo = v.InferOutput<typeof RegistryInfoSchema>;
export type DbDump = v.InferOutput<typeof DbDumpSchema>;
