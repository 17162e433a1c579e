/**
 * @module
 * StartOS releases and their image assets (spec registry-api.md §4.6, §5.3).
 */
import * as v from 'valibot';
import { OsAssetSchema } from './asset.ts';
import { GuidSchema, VersionRangeStringSchema, VersionSchema } from './scalars.ts';
import { ownRecord } from './own-record.ts';

/** Platform → image asset. */
const byPlatform = ownRecord(v.string(), OsAssetSchema);

/** One StartOS release and its image assets keyed by platform (§5.3). */
export const OsVersionInfoSchema = v.object({
  headline: v.string(),
  /** Plain string, not a LocaleString. */
  releaseNotes: v.string(),
  /** OS versions allowed to upgrade to this one. */
  sourceVersion: VersionRangeStringSchema,
  /** Sorted set of signer Guids allowed to manage the assets (§3.4). */
  authorized: v.array(GuidSchema),
  iso: byPlatform,
  squashfs: byPlatform,
  img: byPlatform,
});

/** OS version → release, as `os.version.get` answers it (§4.6). */
export const OsVersionMapSchema = ownRecord(VersionSchema, OsVersionInfoSchema);

/** Result of `os.index` (§4.6, §5.3). */
export const OsIndexSchema = v.object({ versions: OsVersionMapSchema });

export type OsVersionInfo = v.InferOutput<typeof OsVersionInfoSchema>;
export type OsIndex = v.InferOutput<typeof OsIndexSchema>;
