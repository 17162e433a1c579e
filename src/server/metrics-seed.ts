/**
 * @module
 * Synthetic metrics for demos and benchmarks (`npm run registry -- --seed-metrics N`, `npm
 * start`): N package requests and about N/2 OS update checks over the `days` before `now`,
 * day by day in time order. Volume grows through the period and dips at weekends; packages
 * are requested with a long-tail popularity (the first few take most requests); each version
 * is released partway through the period and newer versions take over from older ones; servers
 * keep an architecture and move to each OS release some days after it appears. Deterministic
 * for a given `seed`; rows are generated lazily, so memory does not grow with N.
 */
import { sortKeyCompare } from '../core/exver/compare.ts';
import { parseExtendedVersion } from '../core/exver/extended-version.ts';
import type { RegistryDatabase } from '../core/rpc/schemas/registry.ts';
import type { PackageRequestRow, UserActivityRow } from './metrics-db.ts';
import { metricsTimestamp } from './metrics.ts';

export interface SeedPackage {
  id: string;
  /** Oldest first. */
  versions: string[];
}

export interface SeedOptions {
  requests: number;
  packages: SeedPackage[];
  now: Date;
  days?: number;
  seed?: number;
}

const DAY = 86_400_000;
const OS_RELEASES = ['0.3.5.1', '0.3.6', '0.4.0', '0.4.1'];
const ARCHES: [string, number][] = [
  ['x86_64', 0.62],
  ['aarch64', 0.33],
  ['riscv64', 0.05],
];

/** mulberry32: a small deterministic generator of floats in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index into `cumulative` (ascending, last = total) for a uniform draw. */
function pick(cumulative: number[], r: number): number {
  const x = r * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const cumulate = (weights: number[]) => weights.map(((sum) => (w: number) => (sum += w))(0));

/** How many rows fall on each day: a rising trend, quieter weekends, summing to `total`. */
function perDay(total: number, days: number, start: number): number[] {
  const weights = Array.from({ length: days }, (_, d) => {
    const weekday = new Date(start + d * DAY).getUTCDay();
    return (0.6 + (0.8 * d) / days) * (weekday === 0 || weekday === 6 ? 0.7 : 1);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  let expected = 0;
  let given = 0;
  return weights.map((w, d) => {
    expected += (w / sum) * total;
    const n = (d === days - 1 ? total : Math.round(expected)) - given;
    given += n;
    return n;
  });
}

/** The synthetic rows; iterate each generator once. */
export function seedMetrics(opts: SeedOptions): { packageRequests: Iterable<PackageRequestRow>; userActivity: Iterable<UserActivityRow> } {
  const days = opts.days ?? 365;
  const start = Math.floor(opts.now.getTime() / DAY) * DAY - (days - 1) * DAY;
  const seed = opts.seed ?? 1;
  const stamp = (d: number, rand: () => number) => metricsTimestamp(new Date(start + d * DAY + Math.floor(rand() * DAY)));

  function* packageRequests(): Generator<PackageRequestRow> {
    const rand = random(seed);
    const pkgs = opts.packages.filter((p) => p.id);
    if (pkgs.length === 0) return;
    const popularity = cumulate(pkgs.map((_, i) => 1 / (i + 1) ** 1.1));
    // Version k of K appears at day floor(k/K × 0.9 × days); the first exists from day 0.
    const released = (p: SeedPackage, k: number) => Math.floor((k / p.versions.length) * 0.9 * days);
    const counts = perDay(opts.requests, days, start);
    for (let d = 0; d < days; d++) {
      for (let i = 0; i < counts[d]!; i++) {
        const p = pkgs[pick(popularity, rand())]!;
        let newest = 0;
        while (newest + 1 < p.versions.length && released(p, newest + 1) <= d) newest++;
        // Most devices ask for the newest version; fewer for each older one; a few get no match.
        let k = newest;
        while (k > 0 && rand() < 0.3) k--;
        const version = p.versions.length === 0 || rand() < 0.02 ? null : p.versions[k]!;
        yield { createdAt: stamp(d, rand), pkgId: p.id, version };
      }
    }
  }

  function* userActivity(): Generator<UserActivityRow> {
    const rand = random(seed + 1);
    const total = Math.ceil(opts.requests / 2);
    const servers = Math.max(20, Math.min(20_000, Math.round(total / 40)));
    const archCumulative = cumulate(ARCHES.map(([, w]) => w));
    const releaseDay = OS_RELEASES.map((_, i) => Math.floor((i / OS_RELEASES.length) * days));
    const counts = perDay(total, days, start);
    for (let d = 0; d < days; d++) {
      // Servers join over the period: by day d, the first (0.3 + 0.7 d/days) of them exist.
      const active = Math.max(1, Math.floor(servers * (0.3 + (0.7 * d) / days)));
      for (let i = 0; i < counts[d]!; i++) {
        const s = Math.floor(rand() * active);
        const r = random(seed * 7919 + s);
        const arch = ARCHES[pick(archCumulative, r())]![0];
        const lag = Math.floor(r() * 60);
        let os = 0;
        while (os + 1 < OS_RELEASES.length && releaseDay[os + 1]! + lag <= d) os++;
        const osVersion = r() < 0.03 ? null : OS_RELEASES[os]!;
        yield { createdAt: stamp(d, rand), serverId: `server-${s.toString(16).padStart(6, '0')}`, arch, osVersion };
      }
    }
  }

  return { packageRequests: { [Symbol.iterator]: packageRequests }, userActivity: { [Symbol.iterator]: userActivity } };
}

/** `count` synthetic packages (`app-0001`…) with 2–10 versions each, for benchmarks. */
export function syntheticPackages(count: number, seed = 1): SeedPackage[] {
  const rand = random(seed + 2);
  return Array.from({ length: count }, (_, i) => {
    const n = 2 + Math.floor(rand() * 9);
    const major = Math.floor(rand() * 3);
    return { id: `app-${String(i + 1).padStart(4, '0')}`, versions: Array.from({ length: n }, (_, k) => `${major}.${k}.0:0`) };
  });
}

/** The registry's own packages, versions oldest first (the demo's seed uses these). */
export function seedPackagesOf(db: RegistryDatabase): SeedPackage[] {
  return Object.entries(db.index.package.packages).map(([id, pkg]) => ({
    id,
    versions: Object.keys(pkg.versions)
      .map((s) => ({ s, v: parseExtendedVersion(s) }))
      .sort((a, b) => sortKeyCompare(a.v, b.v))
      .map((x) => x.s),
  }));
}
