/**
 * @module
 * Package rows for the curation pickers: id, the title of the newest version (exver order, not
 * the JSON key order) and whether the package carries a given category. Pure.
 */
import type { PackageIndex, PackageInfo } from '../../../../core/rpc/types.ts';
import { versionsNewestFirst } from '../../../lib/versions-newest-first.ts';

export interface PackageRow {
  id: string;
  title: string;
  versions: string[];
  inCategory: boolean;
}

function titleOf(id: string, info: PackageInfo, newest: string | undefined): string {
  return (newest !== undefined ? info.versions[newest]?.title : undefined) || id;
}

/** Every package, sorted by id, with whether it carries `category` (false when none given). */
export function packageRows(index: PackageIndex, category: string | null = null): PackageRow[] {
  return Object.entries(index.packages)
    .map(([id, info]) => {
      const versions = versionsNewestFirst(Object.keys(info.versions));
      return { id, title: titleOf(id, info, versions[0]), versions, inCategory: category !== null && info.categories.includes(category) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Rows whose id or title contains `filter` (case-insensitive). */
export function filterRows<R extends { id: string; title: string }>(rows: R[], filter: string): R[] {
  const f = filter.trim().toLowerCase();
  return f === '' ? rows : rows.filter((r) => r.id.includes(f) || r.title.toLowerCase().includes(f));
}
