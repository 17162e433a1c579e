/**
 * @module
 * Every field in which an incoming version record differs from the stored one, for showing a
 * merge conflict side by side (spec/registry-api.md §5.4 step 1: metadata, then icon, then
 * dependency metadata). `findConflict` stops at the first kind, as the registry does; the diff
 * lists them all so one rebuild can fix everything.
 */
import type { PackageVersionInfo } from '../rpc/types.ts';
import { deepEqual, METADATA_FIELDS, sameMetadataField, type Conflict } from './merge.ts';
import { ownValue } from './own-key.ts';

export interface FieldDiff {
  /** `title`, `icon`, `dependencyMetadata.<id>`, … */
  field: string;
  kind: Conflict['kind'];
  /** The stored value (undefined: absent, e.g. a dependency only the incoming file declares). */
  existing: unknown;
  incoming: unknown;
}

/** The differing fields, in the registry's checking order. */
export function diffVersionInfo(existing: PackageVersionInfo, incoming: PackageVersionInfo): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const f of METADATA_FIELDS) {
    const a = existing[f] ?? null;
    const b = incoming[f] ?? null;
    if (!sameMetadataField(f, existing, incoming)) out.push({ field: f, kind: 'metadata', existing: a, incoming: b });
  }
  if (existing.icon !== incoming.icon) out.push({ field: 'icon', kind: 'icon', existing: existing.icon, incoming: incoming.icon });
  const ids = [...new Set([...Object.keys(existing.dependencyMetadata), ...Object.keys(incoming.dependencyMetadata)])].sort();
  for (const id of ids) {
    const a = ownValue(existing.dependencyMetadata, id);
    const b = ownValue(incoming.dependencyMetadata, id);
    if (!deepEqual(a ?? null, b ?? null)) out.push({ field: `dependencyMetadata.${id}`, kind: 'dependency', existing: a, incoming: b });
  }
  return out;
}
