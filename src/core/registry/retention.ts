/**
 * @module
 * Retention (issue 17 item 5): which stored versions a set of rules selects for removal, and
 * what removing them does — the variants and URLs that go, packages left with no version, and
 * the devices whose newest offer changes (update-paths.ts). A version is selected only when
 * every rule that is on selects it; with no rule on nothing is selected. Versions are ordered
 * with exver (Rust semantics, spec/s9pk-format.md §8), each flavor lineage on its own. Removal is
 * by version (`package.remove` with `version`, spec/registry-api.md §4.3). Pure.
 */
import { compareExtendedVersion, parseVersion, sortKeyCompare } from '../exver/index.ts';
import type { HardwareRequirements, PackageIndex } from '../rpc/types.ts';
import { deviceGroups, flavorKey, newestByFlavor, newestOffered, offeredTo, parsedKeys, type DeviceGroup, type PackageFacts, type ParsedKey } from './update-paths.ts';

export interface RetentionRules {
  /** Keep the newest N versions of each package and flavor (N ≥ 0); null = rule off. */
  keepNewest: number | null;
  /**
   * An instant (anything `Date.parse` reads): select versions whose every variant was received
   * by the registry (`publishedAt`) before it. Null = rule off.
   */
  publishedBefore: string | null;
  /** A StartOS version: select versions no device on it or later gets as its newest offer. */
  notNewestFromOs: string | null;
}

export const NO_RULES: RetentionRules = { keepNewest: null, publishedBefore: null, notNewestFromOs: null };

export interface RetentionVariant {
  hardware: HardwareRequirements;
  sighash: string;
  urls: string[];
  publishedAt: string;
}

export interface RetentionItem {
  id: string;
  /** The stored spelling, to send back as is. */
  version: string;
  flavor: string | null;
  osVersion: string;
  /** The latest `publishedAt` of its variants, or null when it has none (or none readable). */
  publishedAt: string | null;
  variants: RetentionVariant[];
}

export interface PathChange {
  id: string;
  flavor: string | null;
  group: DeviceGroup;
  before: string;
  /** The newest offer once the selection is removed, or null for none. */
  after: string | null;
}

export interface RetentionPlan {
  /** Selected versions, by package id, then newest first. */
  remove: RetentionItem[];
  /** Versions left in the registry. */
  kept: number;
  /** Packages that would have no version left. */
  emptied: string[];
  /** Device groups whose newest offer changes (or disappears). */
  pathChanges: PathChange[];
  /** Versions no rule can judge: the key or the `osVersion` is not exver. Never selected. */
  unreadable: { id: string; version: string }[];
}

/** True when at least one rule is on. */
export function hasRules(r: RetentionRules): boolean {
  return r.keepNewest !== null || r.publishedBefore !== null || r.notNewestFromOs !== null;
}

function itemOf(id: string, pkg: PackageFacts, k: ParsedKey): RetentionItem {
  const info = pkg.versions[k.key]!;
  const variants = info.s9pks.map(([hardware, a]) => ({ hardware, sighash: a.commitment.rootSighash, urls: a.urls, publishedAt: a.publishedAt }));
  const times = variants.map((v) => Date.parse(v.publishedAt)).filter((t) => !Number.isNaN(t));
  const latest = times.length === 0 ? null : variants.find((v) => Date.parse(v.publishedAt) === Math.max(...times))!.publishedAt;
  return { id, version: k.key, flavor: k.v.flavor, osVersion: info.osVersion, publishedAt: latest, variants };
}

function readable(pkg: PackageFacts, k: ParsedKey): boolean {
  try {
    parseVersion(pkg.versions[k.key]!.osVersion);
    return true;
  } catch {
    return false;
  }
}

/** Versions beyond the newest `n` of each flavor lineage. */
function beyondNewest(keys: readonly ParsedKey[], n: number): Set<string> {
  const byFlavor = new Map<string, ParsedKey[]>();
  for (const k of keys) byFlavor.set(flavorKey(k.v), [...(byFlavor.get(flavorKey(k.v)) ?? []), k]);
  const out = new Set<string>();
  for (const list of byFlavor.values()) {
    list.sort((a, b) => compareExtendedVersion(b.v, a.v)! || (a.key < b.key ? -1 : 1));
    for (const k of list.slice(n)) out.add(k.key);
  }
  return out;
}

/** Versions that are the newest offer of no device group from StartOS `os` on. */
function neverNewestFrom(pkg: PackageFacts, keys: readonly ParsedKey[], os: string): Set<string> {
  const newest = new Set<string>();
  for (const g of deviceGroups(pkg, os)) for (const key of newestOffered(pkg, keys, g).values()) newest.add(key);
  return new Set(keys.filter((k) => !newest.has(k.key)).map((k) => k.key));
}

function changesOf(id: string, pkg: PackageFacts, keys: readonly ParsedKey[], gone: ReadonlySet<string>): PathChange[] {
  const flavorOf = new Map(keys.map((k) => [flavorKey(k.v), k.v.flavor]));
  const out: PathChange[] = [];
  for (const group of deviceGroups(pkg)) {
    const offered = offeredTo(pkg, keys, group);
    const before = newestByFlavor(offered);
    const after = newestByFlavor(offered.filter((k) => !gone.has(k.key)));
    for (const [f, key] of before) {
      if (after.get(f) !== key) out.push({ id, flavor: flavorOf.get(f) ?? null, group, before: key, after: after.get(f) ?? null });
    }
  }
  return out;
}

/**
 * Applies `rules` to `packages`, in the order given (a part of an index: planning the parts in
 * id order and merging them with `mergePlans` gives `planRetention`'s plan).
 * @throws CoreError `EXVER_SYNTAX` when `rules.notNewestFromOs` is not a version (validate first).
 */
export function planPackages(packages: Iterable<readonly [string, PackageFacts]>, rules: RetentionRules): RetentionPlan {
  const plan: RetentionPlan = { remove: [], kept: 0, emptied: [], pathChanges: [], unreadable: [] };
  const cutoff = rules.publishedBefore === null ? null : Date.parse(rules.publishedBefore);
  if (rules.notNewestFromOs !== null) parseVersion(rules.notNewestFromOs);
  for (const [id, pkg] of packages) {
    const all = parsedKeys(pkg);
    const keys = all.filter((k) => readable(pkg, k));
    const judged = new Set(keys.map((k) => k.key));
    for (const version of Object.keys(pkg.versions)) if (!judged.has(version)) plan.unreadable.push({ id, version });
    let selected = hasRules(rules) ? keys : [];
    if (rules.keepNewest !== null) {
      const beyond = beyondNewest(keys, Math.max(0, Math.floor(rules.keepNewest)));
      selected = selected.filter((k) => beyond.has(k.key));
    }
    if (cutoff !== null) {
      selected = selected.filter((k) => {
        const at = itemOf(id, pkg, k).publishedAt;
        return at !== null && Date.parse(at) < cutoff;
      });
    }
    if (rules.notNewestFromOs !== null && selected.length > 0) {
      const never = neverNewestFrom(pkg, keys, rules.notNewestFromOs);
      selected = selected.filter((k) => never.has(k.key));
    }
    const total = Object.keys(pkg.versions).length;
    plan.kept += total - selected.length;
    if (selected.length === 0) continue;
    selected.sort((a, b) => sortKeyCompare(b.v, a.v));
    plan.remove.push(...selected.map((k) => itemOf(id, pkg, k)));
    if (selected.length === total) plan.emptied.push(id);
    plan.pathChanges.push(...changesOf(id, pkg, keys, new Set(selected.map((k) => k.key))));
  }
  return plan;
}

/** The plans of consecutive parts of an index, as one plan (parts in order). */
export function mergePlans(parts: readonly RetentionPlan[]): RetentionPlan {
  return {
    remove: parts.flatMap((p) => p.remove),
    kept: parts.reduce((n, p) => n + p.kept, 0),
    emptied: parts.flatMap((p) => p.emptied),
    pathChanges: parts.flatMap((p) => p.pathChanges),
    unreadable: parts.flatMap((p) => p.unreadable),
  };
}

/** The packages of `index` in id order: the order of a plan. */
export function packagesInOrder(index: PackageIndex): [string, PackageFacts][] {
  return Object.keys(index.packages)
    .sort()
    .map((id) => [id, index.packages[id]!]);
}

/**
 * Applies `rules` to every package of `index`.
 * @throws CoreError `EXVER_SYNTAX` when `rules.notNewestFromOs` is not a version (validate first).
 */
export function planRetention(index: PackageIndex, rules: RetentionRules): RetentionPlan {
  return planPackages(packagesInOrder(index), rules);
}
