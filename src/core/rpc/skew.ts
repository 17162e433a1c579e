/**
 * @module
 * Measuring clock skew against a registry that hides its `Date` header (spec/registry-api.md
 * §2.10): a signed probe is accepted iff |skew − offset| ≤ 30 s, so the accepted offsets
 * bracket the true skew. Each probe is one signed, harmless call.
 */

/** `probe(offsetSeconds)` signs with local time + offset; true when the registry accepted it. */
export type SkewProbe = (offsetSeconds: number) => Promise<boolean>;

export interface SkewResult {
  /** server − local, in seconds (±1 s), or null when beyond the search range. */
  seconds: number | null;
  /** The search range in seconds (|skew| > range when `seconds` is null). */
  range: number;
  probes: number;
}

/**
 * Searches offsets 0, ±50, ±100, … up to ±`range` (the accepted window is 61 s wide), then
 * bisects the window's lower edge.
 */
export async function measureSkew(probe: SkewProbe, range = 600): Promise<SkewResult> {
  let probes = 0;
  const p = (o: number) => {
    probes++;
    return probe(o);
  };
  let hit: number | null = (await p(0)) ? 0 : null;
  for (let step = 50; hit === null && step <= range + 30; step += 50) {
    if (await p(step)) hit = step;
    else if (await p(-step)) hit = -step;
  }
  if (hit === null) return { seconds: null, range, probes };
  let lo = hit - 61; // rejected: skew − 30 > lo  …
  let hi = hit; // accepted
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await p(mid)) hi = mid;
    else lo = mid;
  }
  return { seconds: hi + 30, range, probes };
}
