/**
 * @module
 * What a package offers each kind of device as its newest version, per flavor: the device
 * filtering of spec/registry-api.md §6 (device-filter.ts) followed by `package.get`'s choice of
 * `best` (§4.3 step 3: the greatest kept version per flavor lineage, exver order). Devices are
 * grouped by StartOS version — one group per distinct `osVersion` of the package, since the
 * offer only changes there — and by CPU architecture: one group per architecture a variant
 * names, plus one for architectures no variant names. RAM limits and device filters are not
 * modelled (every device is taken to have enough RAM). Pure.
 */
import { compareExtendedVersion, compareVersion, parseExtendedVersion, parseRange, parseVersion, type ExtendedVersion, type Version } from '../exver/index.ts';
import type { PackageVersionInfo } from '../rpc/types.ts';
import { checkVersion, compatRange } from './device-filter.ts';

/** `named`: that architecture; `other`: one no variant names; `any`: the package names none. */
export type ArchGroup = { kind: 'named'; arch: string } | { kind: 'other' } | { kind: 'any' };

export interface DeviceGroup {
  /** Devices on this StartOS version or later… */
  os: string;
  /** …and before this one (the next group's), or null for "and later". */
  osUntil: string | null;
  arch: ArchGroup;
}

/** What a version's offers are worked out from: its StartOS version and its variants. */
export type VersionFacts = Pick<PackageVersionInfo, 'osVersion' | 's9pks'>;

/** A package as far as offers go (a `PackageInfo` is one). */
export interface PackageFacts {
  versions: Record<string, VersionFacts>;
}

/** Only what offers are worked out from, copied out of `pkg` (much less to send to a worker). */
export function packageFacts(pkg: PackageFacts): PackageFacts {
  const versions: Record<string, VersionFacts> = {};
  for (const [key, { osVersion, s9pks }] of Object.entries(pkg.versions)) versions[key] = { osVersion, s9pks };
  return { versions };
}

/** A version key that parses, with its parsed form. */
export interface ParsedKey {
  key: string;
  v: ExtendedVersion;
}

/** The package's version keys that parse as exver (others can never be compared or offered). */
export function parsedKeys(pkg: PackageFacts): ParsedKey[] {
  const out: ParsedKey[] = [];
  for (const key of Object.keys(pkg.versions)) {
    try {
      out.push({ key, v: parseExtendedVersion(key) });
    } catch {
      // an unreadable key: reported by the caller
    }
  }
  return out;
}

/** The flavor lineage of a version, as a map key (`''` for unflavored is distinct from `#:`). */
export function flavorKey(v: ExtendedVersion): string {
  return v.flavor === null ? '' : `#${v.flavor}`;
}

function tryVersion(s: string): Version | null {
  try {
    return parseVersion(s);
  } catch {
    return null;
  }
}

/** Distinct readable `osVersion`s of the package, ascending (equal spellings folded). */
export function osThresholds(pkg: PackageFacts): string[] {
  const seen: { text: string; v: Version }[] = [];
  for (const info of Object.values(pkg.versions)) {
    const v = tryVersion(info.osVersion);
    if (v !== null && !seen.some((s) => compareVersion(s.v, v) === 0)) seen.push({ text: info.osVersion, v });
  }
  return seen.sort((a, b) => compareVersion(a.v, b.v)).map((s) => s.text);
}

/** The architecture groups of a package's variants. */
export function archGroups(pkg: PackageFacts): ArchGroup[] {
  const named = new Set<string>();
  for (const info of Object.values(pkg.versions)) for (const [hw] of info.s9pks) for (const a of hw.arch ?? []) named.add(a);
  if (named.size === 0) return [{ kind: 'any' }];
  return [...[...named].sort().map((arch): ArchGroup => ({ kind: 'named', arch })), { kind: 'other' }];
}

/** Device groups from StartOS `from` on (every threshold when null), × architecture groups. */
export function deviceGroups(pkg: PackageFacts, from: string | null = null): DeviceGroup[] {
  const all = osThresholds(pkg);
  const start = from === null ? null : parseVersion(from);
  const later = start === null ? all : all.filter((t) => compareVersion(parseVersion(t), start) === 1);
  const os = start === null ? later : [from!, ...later];
  const arches = archGroups(pkg);
  return os.flatMap((o, i) => arches.map((arch) => ({ os: o, osUntil: os[i + 1] ?? null, arch })));
}

/**
 * The versions among `keys` offered to a device of `group` at all (before `best` is chosen). An
 * architecture no variant names is a name no variant can list, so only variants without an
 * architecture list are kept for it.
 */
export function offeredTo(pkg: PackageFacts, keys: readonly ParsedKey[], group: DeviceGroup): ParsedKey[] {
  const arch = group.arch.kind === 'named' ? group.arch.arch : '';
  const device = { os: { version: group.os, compat: compatRange(group.os), platform: arch }, hardware: { arch, ram: Number.MAX_SAFE_INTEGER } };
  const compat = parseRange(device.os.compat);
  return keys.filter((k) => checkVersion(k.key, pkg.versions[k.key]!, device, compat).expected);
}

/** The newest of each flavor lineage (`flavorKey`) among `keys`, optionally only those in `among`. */
export function newestByFlavor(keys: readonly ParsedKey[], among?: ReadonlySet<string>): Map<string, string> {
  const best = new Map<string, ParsedKey>();
  for (const k of keys) {
    if (among && !among.has(k.key)) continue;
    const cur = best.get(flavorKey(k.v));
    if (cur === undefined || compareExtendedVersion(k.v, cur.v) === 1) best.set(flavorKey(k.v), k);
  }
  return new Map([...best].map(([f, k]) => [f, k.key]));
}

/** The newest version of each flavor lineage a device of `group` is offered, among `keys` only. */
export function newestOffered(pkg: PackageFacts, keys: readonly ParsedKey[], group: DeviceGroup): Map<string, string> {
  return newestByFlavor(offeredTo(pkg, keys, group));
}
