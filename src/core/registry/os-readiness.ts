/**
 * @module
 * A release's readiness checklist (issue #15 item 5), shown before an operator announces it:
 * every image the previous release had (same type and platform) is present; every image is
 * signed by at least N of the release's authorized signers (valid signatures only); every
 * download URL answers with the committed size (url-size-check.ts). Pure; no DOM.
 */
import type { OsIndex } from '../rpc/types.ts';
import {
  OS_ASSET_TYPES,
  osVersionsNewestFirst,
  type OsAssetType,
  type OsReleaseView,
} from './os-release.ts';
import type { UrlSizeCheck } from './url-size-check.ts';

export interface AssetRef {
  type: OsAssetType;
  platform: string;
}

export interface UrlProblem extends AssetRef {
  url: string;
  check: UrlSizeCheck;
}

export interface OsReadiness {
  /** The release before this one in exver order (null: this is the oldest). */
  previous: string | null;
  /** Images of `previous` this release lacks. */
  missing: AssetRef[];
  /** Images with fewer than `minSigners` valid signatures by authorized signers. */
  underSigned: (AssetRef & { signedBy: number })[];
  /** URLs not yet checked (or still being checked). */
  urlsPending: number;
  /** URLs that failed or could not be checked from here. */
  urlProblems: UrlProblem[];
}

/** The key of one URL check: the URL and the size it must have. */
export const urlCheckKey = (url: string, size: number) => `${size} ${url}`;

/**
 * The checklist of `release`. `urlChecks` holds the results known so far, by
 * {@link urlCheckKey}.
 */
export function osReadiness(
  index: OsIndex,
  release: OsReleaseView,
  minSigners: number,
  urlChecks: ReadonlyMap<string, UrlSizeCheck>,
): OsReadiness {
  const order = osVersionsNewestFirst(Object.keys(index.versions));
  const previous = order[order.indexOf(release.version) + 1] ?? null;
  const missing: AssetRef[] = [];
  if (previous !== null) {
    const before = index.versions[previous]!;
    for (const type of OS_ASSET_TYPES) {
      for (const platform of Object.keys(before[type]).sort()) {
        if (!Object.hasOwn(release.info[type], platform)) missing.push({ type, platform });
      }
    }
  }
  const underSigned = release.assets
    .filter((a) => a.signedBy < minSigners)
    .map(({ type, platform, signedBy }) => ({ type, platform, signedBy }));
  let urlsPending = 0;
  const urlProblems: UrlProblem[] = [];
  for (const a of release.assets) {
    for (const url of a.asset.urls) {
      const check = urlChecks.get(urlCheckKey(url, a.asset.commitment.size));
      if (!check) urlsPending++;
      else if (check.status !== 'ok')
        urlProblems.push({ type: a.type, platform: a.platform, url, check });
    }
  }
  return { previous, missing, underSigned, urlsPending, urlProblems };
}
