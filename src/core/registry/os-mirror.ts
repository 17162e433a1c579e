/**
 * @module
 * Mirror health of StartOS image assets (issue 16, spec/registry-api.md §4.6, §5.3): every URL
 * of every image of every release, the checks to run and the summary ("2 images have only dead
 * URLs"). An image URL is checked by a HEAD whose Content-Length must equal the commitment's
 * size, and on demand by the BLAKE3 of every byte it serves (the worker streams it,
 * worker/blake3-url.ts). Results share the store of the package URLs (mirror-health.ts),
 * keyed by URL *and* commitment, so a replaced image is checked afresh.
 */
import type { Blake3Commitment, OsIndex } from '../rpc/types.ts';
import type { Blake3CommitmentWire } from '../sign/commitment.ts';
import type { MirrorResult } from './mirror-check.ts';
import type { MirrorResults, UrlStatus } from './mirror-health.ts';
import { OS_ASSET_TYPES, osVersionsNewestFirst, type OsAssetType } from './os-release.ts';
import { ownValue } from './own-key.ts';

/** One image of one release and its URLs. */
export interface OsMirrorAsset {
  version: string;
  type: OsAssetType;
  platform: string;
  commitment: Blake3Commitment;
  urls: string[];
}

/** One check: a URL and the image it must serve. */
export interface OsCheckItem {
  key: string;
  url: string;
  commitment: Blake3Commitment;
}

export function osMirrorKey(url: string, c: Blake3Commitment): string {
  return `blake3 ${c.hash} ${c.size} ${url}`;
}

/** Every image of the index: releases newest first, then platform, then type. */
export function osMirrorAssets(index: OsIndex): OsMirrorAsset[] {
  const out: OsMirrorAsset[] = [];
  for (const version of osVersionsNewestFirst(Object.keys(index.versions))) {
    const info = index.versions[version]!;
    const platforms = [...new Set(OS_ASSET_TYPES.flatMap((type) => Object.keys(info[type])))].sort();
    for (const platform of platforms) {
      for (const type of OS_ASSET_TYPES) {
        const asset = ownValue(info[type], platform);
        if (asset) out.push({ version, type, platform, commitment: asset.commitment, urls: asset.urls });
      }
    }
  }
  return out;
}

/** The distinct checks of `assets`. */
export function osMirrorChecks(assets: readonly OsMirrorAsset[]): OsCheckItem[] {
  const seen = new Map<string, OsCheckItem>();
  for (const a of assets) for (const url of a.urls) seen.set(osMirrorKey(url, a.commitment), { key: osMirrorKey(url, a.commitment), url, commitment: a.commitment });
  return [...seen.values()];
}

export function osUrlStatus(results: MirrorResults, url: string, c: Blake3Commitment): UrlStatus {
  return ownValue(results, osMirrorKey(url, c))?.state ?? 'unchecked';
}

export interface OsHealthSummary {
  images: number;
  /** Distinct checks (URL and commitment). */
  urls: number;
  byStatus: Record<UrlStatus, number>;
  /** Images whose every URL is dead: no server can download them. */
  onlyDead: number;
  /** URLs that are their image's only URL. */
  withoutMirror: number;
  oldest: number | null;
  newest: number | null;
}

/** The summary of the images from the stored `results`. */
export function summarizeOsHealth(assets: readonly OsMirrorAsset[], results: MirrorResults): OsHealthSummary {
  const byStatus: Record<UrlStatus, number> = { ok: 0, dead: 0, unverifiable: 0, unchecked: 0 };
  let oldest: number | null = null;
  let newest: number | null = null;
  const checks = osMirrorChecks(assets);
  for (const c of checks) {
    const r = ownValue(results, c.key);
    byStatus[r?.state ?? 'unchecked'] += 1;
    if (r) {
      oldest = Math.min(oldest ?? r.checkedAt, r.checkedAt);
      newest = Math.max(newest ?? r.checkedAt, r.checkedAt);
    }
  }
  let onlyDead = 0;
  let withoutMirror = 0;
  for (const a of assets) {
    if (a.urls.length > 0 && a.urls.every((u) => osUrlStatus(results, u, a.commitment) === 'dead')) onlyDead += 1;
    if (a.urls.length === 1) withoutMirror += 1;
  }
  return { images: assets.length, urls: checks.length, byStatus, onlyDead, withoutMirror, oldest, newest };
}

/** What streaming a URL's bytes through BLAKE3 gave (worker/blake3-url.ts). */
export type UrlHashAnswer =
  | { status: 'ok'; commitment: Blake3CommitmentWire }
  | { status: 'http'; httpStatus: number }
  /** The connection failed or broke off while reading. */
  | { status: 'failed'; message: string };

/** The mirror result of a full-hash check, given the HEAD check that came first and passed. */
export function hashResult(answer: UrlHashAnswer, expected: Blake3Commitment, checkedAt: number): MirrorResult {
  const base = { checkedAt, headerChecked: false, size: null };
  switch (answer.status) {
    case 'http':
      return { ...base, state: 'dead', reason: 'http', httpStatus: answer.httpStatus };
    case 'failed':
      return { ...base, state: 'dead', reason: 'unreachable' };
    case 'ok': {
      const { hash, size } = answer.commitment;
      if (hash === expected.hash && size === expected.size) return { ...base, state: 'ok', size, hashChecked: true };
      return { ...base, state: 'dead', size, reason: size === expected.size ? 'hash' : 'size' };
    }
  }
}
