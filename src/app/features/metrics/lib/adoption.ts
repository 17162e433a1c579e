/**
 * @module
 * Version adoption of one package: per bucket, the lookups of each of its most looked-up
 * versions in the range, and the rest together as "other".
 */
import type { MetricsDownloads } from '../../../../core/rpc/types.ts';

export const ADOPTION_VERSIONS = 6;

export interface Adoption {
  /** The versions drawn, most looked-up first. */
  versions: string[];
  /** Per drawn version (and `other` last, when there are more versions), one value per bucket. */
  lines: (number | null)[][];
  hasOther: boolean;
}

/** Lines of `pkgId`'s versions from per-bucket answers (null while a bucket loads). */
export function adoptionLines(pkgId: string, buckets: (MetricsDownloads | null)[]): Adoption {
  const totals = new Map<string, number>();
  for (const b of buckets) for (const e of b?.byPackageVersion ?? []) if (e.pkgId === pkgId) totals.set(e.version, (totals.get(e.version) ?? 0) + e.count);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
  const versions = ranked.slice(0, ADOPTION_VERSIONS);
  const hasOther = ranked.length > versions.length;
  const lines = [...versions, ...(hasOther ? [null] : [])].map((version) =>
    buckets.map((b) => {
      if (!b) return null;
      const rows = b.byPackageVersion.filter((e) => e.pkgId === pkgId);
      return rows.filter((e) => (version === null ? !versions.includes(e.version) : e.version === version)).reduce((n, e) => n + e.count, 0);
    }),
  );
  return { versions, lines, hasOther };
}
