/**
 * @module
 * Which stored version an incoming one supersedes in a registry, for the supply-chain diff: the
 * same version when it is already there (a further variant), else the greatest lower version of
 * the same flavor (spec/s9pk-format.md §8.2; other flavors are incomparable). Null when none.
 */
import { compareExtendedVersion, parseExtendedVersion, type ExtendedVersion } from '../exver/index.ts';

function parse(v: string): ExtendedVersion | null {
  try {
    return parseExtendedVersion(v);
  } catch {
    return null;
  }
}

/** The stored version key `incoming` supersedes, or null. */
export function supersededVersion(stored: readonly string[], incoming: string): string | null {
  const target = parse(incoming);
  if (target === null) return null;
  let best: { key: string; v: ExtendedVersion } | null = null;
  for (const key of stored) {
    const v = parse(key);
    if (v === null) continue;
    const c = compareExtendedVersion(v, target);
    if (c === 0) return key;
    if (c === -1 && (best === null || compareExtendedVersion(v, best.v) === 1)) best = { key, v };
  }
  return best?.key ?? null;
}
