/**
 * @module
 * Merging a version record built from one s9pk into an existing version (`merge_with`,
 * spec/registry-api.md §5.4, spec/s9pk-format.md §7.4). Shared by the stand-in server and the
 * console's pre-flight report, so both predict the registry the same way.
 */
import type { PackageVersionInfo, S9pkVariant } from '../rpc/types.ts';
import { commitmentsEqual } from '../s9pk/variant.ts';
import { hardwareEquals, sortVariants } from './hardware.ts';
import { samePluginSet, sameVersionSet } from './metadata-sets.ts';

/** The PackageMetadata fields compared for the "metadata mismatch" conflict (§5.3 table). */
export const METADATA_FIELDS = [
  'title',
  'description',
  'releaseNotes',
  'gitHash',
  'license',
  'packageRepo',
  'upstreamRepo',
  'marketingUrl',
  'donationUrl',
  'osVersion',
  'sdkVersion',
  'hardwareAcceleration',
  'userspaceFilesystems',
  'virtualNetworking',
  'plugins',
  'satisfies',
] as const satisfies readonly (keyof PackageVersionInfo)[];

/** The exact upstream messages of the three conflicts (38 InvalidRequest). */
export const CONFLICT_MESSAGES = {
  metadata: 'package metadata mismatch: remove the existing version first, then re-add',
  icon: 'package icon mismatch: remove the existing version first, then re-add',
  dependency: 'dependency metadata mismatch: remove the existing version first, then re-add',
} as const;

export type Conflict = { kind: keyof typeof CONFLICT_MESSAGES; fields: string[] };

/** Deep equality where object key order does not matter (LocaleString maps compare as maps). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as never)[k], (b as never)[k]));
}

type MetadataField = (typeof METADATA_FIELDS)[number];

/** Whether one metadata field is equal, as upstream compares it (`plugins`, `satisfies`: as sets). */
export function sameMetadataField(field: MetadataField, existing: PackageVersionInfo, incoming: PackageVersionInfo): boolean {
  if (field === 'plugins') return samePluginSet(existing.plugins ?? [], incoming.plugins ?? []);
  if (field === 'satisfies') return sameVersionSet(existing.satisfies ?? [], incoming.satisfies ?? []);
  return deepEqual(existing[field] ?? null, incoming[field] ?? null);
}

/** The first conflict between an existing version and an incoming record, or null. */
export function findConflict(existing: PackageVersionInfo, incoming: PackageVersionInfo): Conflict | null {
  const fields = METADATA_FIELDS.filter((f) => !sameMetadataField(f, existing, incoming));
  if (fields.length > 0) return { kind: 'metadata', fields };
  if (existing.icon !== incoming.icon) return { kind: 'icon', fields: ['icon'] };
  const deps = new Set([...Object.keys(existing.dependencyMetadata), ...Object.keys(incoming.dependencyMetadata)]);
  const depFields = [...deps].filter((d) => !deepEqual(existing.dependencyMetadata[d] ?? null, incoming.dependencyMetadata[d] ?? null));
  if (depFields.length > 0) return { kind: 'dependency', fields: depFields.map((d) => `dependencyMetadata.${d}`) };
  return null;
}

export type MergeMode = 'replace-urls' | 'append-url';
export type MergeOutcome = 'urls-updated' | 'unchanged' | 'replaced' | 'appended';

export type MergeResult =
  | { ok: true; info: PackageVersionInfo; outcome: MergeOutcome }
  | { ok: false; conflict: Conflict; message: string };

/**
 * Merges `incoming` (one variant) into `existing`; pure, returns a new record.
 * @param mode `replace-urls` for `package.add`, `append-url` for `package.add-mirror`.
 */
export function mergeVersion(existing: PackageVersionInfo, incoming: PackageVersionInfo, mode: MergeMode): MergeResult {
  const conflict = findConflict(existing, incoming);
  if (conflict) return { ok: false, conflict, message: CONFLICT_MESSAGES[conflict.kind] };
  const variant = incoming.s9pks[0];
  if (!variant) return { ok: true, info: existing, outcome: 'unchanged' };
  const [hw, asset] = variant;
  const s9pks: S9pkVariant[] = existing.s9pks.map(([h, a]) => [h, { ...a, urls: [...a.urls] }]);
  let outcome: MergeOutcome;
  const same = s9pks.find(([h, a]) => hardwareEquals(h, hw) && commitmentsEqual(a.commitment, asset.commitment));
  if (same) {
    const before = same[1].urls.join('\n');
    same[1].urls = mode === 'replace-urls' ? [...asset.urls] : [...same[1].urls, ...asset.urls.filter((u) => !same[1].urls.includes(u))];
    outcome = same[1].urls.join('\n') === before ? 'unchanged' : 'urls-updated';
  } else {
    const i = s9pks.findIndex(([h]) => hardwareEquals(h, hw));
    if (i >= 0) {
      s9pks[i] = [hw, asset];
      outcome = 'replaced';
    } else {
      s9pks.push([hw, asset]);
      outcome = 'appended';
    }
  }
  return { ok: true, info: { ...existing, s9pks: sortVariants(s9pks) }, outcome };
}
