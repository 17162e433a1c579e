/**
 * @module
 * Mirror health of a whole registry (issue 16): every download URL of every variant of every
 * version (spec/registry-api.md §4.3, §5.3), the checks to run, and the registry-wide summary
 * from the stored results ("3 variants have only dead URLs", "12 URLs have no mirror").
 * A result belongs to a URL *and* the commitment it must serve, so a replaced variant is
 * checked afresh.
 */
import type { HardwareRequirements, MerkleArchiveCommitment, PackageIndex } from '../rpc/types.ts';
import type { MirrorResult, MirrorState } from './mirror-check.ts';
import { canRemoveUrl } from './mirror-urls.ts';
import { ownValue } from './own-key.ts';

/** One variant and its URLs. */
export interface MirrorVariant {
  id: string;
  version: string;
  /** Position in the version's `s9pks`. */
  index: number;
  hardware: HardwareRequirements;
  commitment: MerkleArchiveCommitment;
  urls: string[];
}

/** One check: a URL and the archive it must serve. */
export interface MirrorCheckItem {
  key: string;
  url: string;
  commitment: MerkleArchiveCommitment;
}

/** Stored results by {@link mirrorKey}. */
export type MirrorResults = Record<string, MirrorResult>;

export type UrlStatus = MirrorState | 'unchecked';

/** How many URLs get their first bytes read in a run: none, one per variant, or all. */
export type HeaderMode = 'none' | 'sample' | 'all';

export function mirrorKey(url: string, commitment: MerkleArchiveCommitment): string {
  return `${commitment.rootSighash} ${commitment.rootMaxsize} ${url}`;
}

/** Every variant of the index, by package id, then version and variant in stored order. */
export function mirrorVariants(index: PackageIndex): MirrorVariant[] {
  const out: MirrorVariant[] = [];
  for (const id of Object.keys(index.packages).sort()) {
    const pkg = index.packages[id]!;
    for (const [version, info] of Object.entries(pkg.versions)) {
      info.s9pks.forEach(([hardware, asset], i) => out.push({ id, version, index: i, hardware, commitment: asset.commitment, urls: asset.urls }));
    }
  }
  return out;
}

/**
 * The distinct checks of `variants`; `header` marks those whose first bytes are read
 * (`sample`: the first URL of each variant).
 */
export function mirrorChecks(variants: readonly MirrorVariant[], mode: HeaderMode): (MirrorCheckItem & { header: boolean })[] {
  const seen = new Map<string, MirrorCheckItem & { header: boolean }>();
  for (const v of variants) {
    v.urls.forEach((url, i) => {
      const key = mirrorKey(url, v.commitment);
      const header = mode === 'all' || (mode === 'sample' && i === 0);
      const known = seen.get(key);
      if (known) known.header ||= header;
      else seen.set(key, { key, url, commitment: v.commitment, header });
    });
  }
  return [...seen.values()];
}

export function urlStatus(results: MirrorResults, url: string, commitment: MerkleArchiveCommitment): UrlStatus {
  return ownValue(results, mirrorKey(url, commitment))?.state ?? 'unchecked';
}

/** Whether a variant deserves a look: a URL not known to be ok, or no second URL. */
export function needsAttention(v: MirrorVariant, results: MirrorResults): boolean {
  return v.urls.length < 2 || v.urls.some((u) => urlStatus(results, u, v.commitment) !== 'ok');
}

/**
 * Whether the registry would accept removing `url` from `v`'s version, and it is worth it:
 * the URL is dead and no variant of the version would be left without a URL (remove-mirror
 * removes it from every variant).
 */
export function mayRemoveDeadUrl(index: PackageIndex, v: MirrorVariant, url: string, results: MirrorResults): boolean {
  const pkg = ownValue(index.packages, v.id);
  const info = pkg && ownValue(pkg.versions, v.version);
  return info !== undefined && urlStatus(results, url, v.commitment) === 'dead' && canRemoveUrl(info, url);
}

export interface HealthSummary {
  variants: number;
  /** Distinct checks (URL and commitment). */
  urls: number;
  byStatus: Record<UrlStatus, number>;
  /** Variants whose every URL is dead: nobody can install them. */
  onlyDead: number;
  /** Variants with no URL known to be ok (only dead, unverifiable or unchecked ones). */
  noneOk: number;
  /** URLs that are their variant's only URL (no mirror). */
  withoutMirror: number;
  /** Dead URLs that can be removed (the version keeps a URL for every variant). */
  removable: number;
  /** Oldest and newest result of the current URLs (ms since the epoch), null before any check. */
  oldest: number | null;
  newest: number | null;
}

/** The registry-wide summary of `index` from the stored `results`. */
export function summarizeHealth(index: PackageIndex, results: MirrorResults): HealthSummary {
  const variants = mirrorVariants(index);
  const byStatus: Record<UrlStatus, number> = { ok: 0, dead: 0, unverifiable: 0, unchecked: 0 };
  let oldest: number | null = null;
  let newest: number | null = null;
  for (const c of mirrorChecks(variants, 'none')) {
    const r = ownValue(results, c.key);
    byStatus[r?.state ?? 'unchecked'] += 1;
    if (r) {
      oldest = oldest === null ? r.checkedAt : Math.min(oldest, r.checkedAt);
      newest = newest === null ? r.checkedAt : Math.max(newest, r.checkedAt);
    }
  }
  const removable = new Set<string>();
  let onlyDead = 0;
  let noneOk = 0;
  let withoutMirror = 0;
  for (const v of variants) {
    const states = v.urls.map((u) => urlStatus(results, u, v.commitment));
    if (states.length > 0 && states.every((s) => s === 'dead')) onlyDead += 1;
    if (!states.includes('ok')) noneOk += 1;
    if (v.urls.length === 1) withoutMirror += 1;
    for (const u of v.urls) if (mayRemoveDeadUrl(index, v, u, results)) removable.add(`${v.id} ${v.version} ${u}`);
  }
  return { variants: variants.length, urls: byStatus.ok + byStatus.dead + byStatus.unverifiable + byStatus.unchecked, byStatus, onlyDead, noneOk, withoutMirror, removable: removable.size, oldest, newest };
}

/**
 * Results of URLs the index no longer lists are dropped (keeps the stored record small);
 * `alsoKeep` names other current keys (OS image URLs, os-mirror.ts).
 */
export function pruneResults(index: PackageIndex, results: MirrorResults, alsoKeep: readonly string[] = []): MirrorResults {
  const out: MirrorResults = {};
  for (const key of [...mirrorChecks(mirrorVariants(index), 'none').map((c) => c.key), ...alsoKeep]) {
    const r = ownValue(results, key);
    if (r) out[key] = r;
  }
  return out;
}
