/**
 * @module
 * Results of `metrics.*` (spec registry-api.md §4.9). Counts are plain JSON numbers.
 */
import * as v from 'valibot';
import { U64Schema } from './scalars.ts';

/** A labelled count; lists are sorted by count descending, null labels become `unknown` (§4.9). */
export const CountEntrySchema = v.object({ label: v.string(), count: U64Schema });

/** Result of `metrics.summary` (§4.9). */
export const MetricsSummarySchema = v.object({
  totalCheckins: U64Schema,
  uniqueServers: U64Schema,
  totalPackageRequests: U64Schema,
  byArch: v.array(CountEntrySchema),
  byOsVersion: v.array(CountEntrySchema),
});

/** Result of `metrics.users` (§4.9). */
export const MetricsUsersSchema = v.object({ uniqueServers: U64Schema, totalCheckins: U64Schema });

/** One row of `metrics.downloads` `byPackageVersion`; a null version becomes `unknown` (§4.9). */
export const PackageVersionCountSchema = v.object({
  pkgId: v.string(),
  version: v.string(),
  count: U64Schema,
});

/** Result of `metrics.downloads` (§4.9). */
export const MetricsDownloadsSchema = v.object({
  totalRequests: U64Schema,
  byPackage: v.array(CountEntrySchema),
  byPackageVersion: v.array(PackageVersionCountSchema),
});

export type CountEntry = v.InferOutput<typeof CountEntrySchema>;
export type MetricsSummary = v.InferOutput<typeof MetricsSummarySchema>;
export type MetricsUsers = v.InferOutput<typeof MetricsUsersSchema>;
export type PackageVersionCount = v.InferOutput<typeof PackageVersionCountSchema>;
export type MetricsDownloads = v.InferOutput<typeof MetricsDownloadsSchema>;
