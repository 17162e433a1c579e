/**
 * @module
 * The version a new one supersedes in a registry (issue 14 item 4, for the supply-chain diff
 * before a promotion): the newest stored version of the same exver flavor that is older than
 * it, or the same version when the registry already holds it (a new variant). Pure.
 */
import { compareExtendedVersion, parseExtendedVersion, type ExtendedVersion } from '../exver/index.ts';
import type { PackageInfo } from '../rpc/types.ts';
import { hasOwnKey } from './own-key.ts';

function parse(v: string): ExtendedVersion | null {
  try {
    return parseExtendedVersion(v);
  } catch {
    return null;
  }
}

/** The superseded version key, or null (no older version of that flavor, or none parses). */
export function supersededVersion(pkg: PackageInfo | undefined, version: string): string | null {
  if (!pkg) return null;
  if (hasOwnKey(pkg.versions, version)) return version;
  const target = parse(version);
  if (!target) return null;
  let best: { key: string; ev: ExtendedVersion } | null = null;
  for (const key of Object.keys(pkg.versions)) {
    const ev = parse(key);
    const below = ev && compareExtendedVersion(ev, target);
    if (ev === null || below === null || below >= 0) continue;
    if (!best || (compareExtendedVersion(ev, best.ev) ?? 0) > 0) best = { key, ev };
  }
  return best?.key ?? null;
}
