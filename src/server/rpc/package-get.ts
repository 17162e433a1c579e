/**
 * @module
 * `package.get` (spec/registry-api.md §4.3, §6): installation candidates — target/source
 * filters, device filtering and localisation, best per flavor lineage, `otherVersions` levels,
 * and the download-metric side effect.
 */
import {
  compareExtendedVersion,
  parseExtendedVersion,
  parseVersion,
  printExtendedVersion,
  satisfies,
  satisfiesVersion,
  compareVersion,
  sortKeyCompare,
} from '../../core/exver/index.ts';
import type { ExtendedVersion } from '../../core/exver/extended-version.ts';
import type { VersionRange } from '../../core/exver/range.ts';
import type { DeviceInfo, PackageGetEntryFor, PackageInfo, PackageVersionInfo } from '../../core/rpc/types.ts';
import type { MethodHandler } from '../context.ts';
import { localizeFor } from '../../core/registry/localize.ts';
import { assertIdLength } from '../package-id.ts';
import { compareVersionKeys } from '../store/canonical.ts';
import { rangeParam, storedRange, versionParam } from './package-signer.ts';
import { ownValue } from '../../core/registry/own-key.ts';

const LEGACY_MAX = parseVersion('0.4.0-alpha.17');

/** Variant filter and re-sort for a device with hardware info (§6 step 2). */
function forDevice(info: PackageVersionInfo, d: DeviceInfo, language: string | null): PackageVersionInfo | null {
  let s9pks = info.s9pks;
  if (d.hardware) {
    const { arch, ram } = d.hardware;
    s9pks = s9pks.filter(([hw]) => (hw.arch === null || hw.arch.includes(arch)) && (hw.ram === null || hw.ram <= ram));
    if (s9pks.length === 0) return null;
    const key = ([hw]: (typeof s9pks)[number]) => [hw.device.length, hw.arch === null ? Infinity : hw.arch.length, hw.ram ?? 0];
    s9pks = [...s9pks].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
      return 0;
    });
  }
  const out = { ...info, s9pks };
  if (d.hardware && language !== null) {
    out.description = { short: localizeFor(info.description.short, language), long: localizeFor(info.description.long, language) };
    out.releaseNotes = localizeFor(info.releaseNotes, language);
    out.dependencyMetadata = Object.fromEntries(
      Object.entries(info.dependencyMetadata).map(([id, m]) => [
        id,
        { ...m, title: m.title === null ? null : localizeFor(m.title, language), description: m.description === null ? null : localizeFor(m.description, language) },
      ]),
    );
  }
  return out;
}

/** The compatibility shim for devices at or below 0.4.0-alpha.17 (§6 step 3). */
function legacyShim(info: PackageVersionInfo): PackageVersionInfo {
  const first = info.s9pks[0];
  if (!first) return info;
  const [hw, asset] = first;
  const shim = { ...info, hardwareRequirements: hw, s9pk: { ...asset, url: asset.urls[0] ?? null } };
  return shim;
}

interface Kept {
  key: string;
  version: ExtendedVersion;
  info: PackageVersionInfo;
}

function selectPackage(pkg: PackageInfo, target: VersionRange | undefined, source: ExtendedVersion | undefined, device: DeviceInfo | null, language: string | null): Kept[] {
  const kept: Kept[] = [];
  for (const [key, stored] of Object.entries(pkg.versions)) {
    let version: ExtendedVersion;
    try {
      version = parseExtendedVersion(key);
    } catch {
      continue;
    }
    if (target && !satisfies(version, target)) continue;
    if (source && stored.sourceVersion !== null && !satisfies(source, storedRange(stored.sourceVersion))) continue;
    let info: PackageVersionInfo | null = stored;
    if (device) {
      try {
        if (!satisfiesVersion(parseVersion(stored.osVersion), rangeParam(device.os.compat, 'os.compat'))) continue;
      } catch {
        continue;
      }
      info = forDevice(stored, device, language);
      if (!info) continue;
    }
    kept.push({ key, version, info });
  }
  return kept;
}

/** `BTreeMap<VersionString, _>::insert`: an equal version replaces the value, the first key stays. */
function insertVersion(map: Kept[], k: Kept): void {
  const i = map.findIndex((m) => sortKeyCompare(m.version, k.version) === 0);
  if (i < 0) map.push(k);
  else map[i] = { ...map[i]!, info: k.info };
}

/**
 * Upstream's best/other split (§4.3, §12): a version joins `best` unless a best one is greater
 * (so every flavor lineage keeps its greatest), pushing the lesser ones to `otherVersions`.
 * Versions that compare equal (`1.0:0`, `1.0.0:0`) both go to `best`, where they share one
 * map entry. Keys are the versions as upstream prints them.
 */
function splitBest(kept: Kept[]): { best: Kept[]; others: Kept[] } {
  const best: Kept[] = [];
  const others: Kept[] = [];
  for (const stored of kept) {
    const k = { ...stored, key: printExtendedVersion(stored.version) };
    if (best.some((b) => compareExtendedVersion(b.version, k.version) === 1)) {
      insertVersion(others, k);
      continue;
    }
    for (const worse of best.filter((b) => compareExtendedVersion(b.version, k.version) === -1)) {
      best.splice(best.indexOf(worse), 1);
      insertVersion(others, worse);
    }
    insertVersion(best, k);
  }
  return { best, others };
}

export const packageGet: MethodHandler<'package.get'> = (p, ctx) => {
  const id = p.id ?? undefined;
  if (id !== undefined) assertIdLength(id, 'id'); // before the metric row below
  const targetText = p.targetVersion ?? undefined;
  const target = targetText === undefined ? undefined : rangeParam(targetText, 'targetVersion');
  const source = p.sourceVersion == null ? undefined : versionParam(p.sourceVersion, 'sourceVersion');
  const level = p.otherVersions ?? 'short';
  const device = ctx.deviceInfo;
  let language: string | null = device?.os.language ?? null;
  let legacy = false;
  if (device) {
    const osVersion = parseVersion(device.os.version);
    legacy = compareVersion(osVersion, LEGACY_MAX) <= 0;
    if (language === null && compareVersion(osVersion, parseVersion('0.4.0-alpha.18')) < 0) language = 'en_US';
  }
  const shape = (pkg: PackageInfo | undefined) => {
    const kept = pkg ? selectPackage(pkg, target, source, device, language) : [];
    const { best, others } = splitBest(kept);
    const asMap = <T>(list: Kept[], f: (k: Kept) => T): Record<string, T> =>
      Object.fromEntries([...list].sort((a, b) => compareVersionKeys(a.key, b.key)).map((k) => [k.key, f(k)]));
    const full = (k: Kept) => (legacy ? legacyShim(k.info) : k.info);
    const base = { categories: pkg?.categories ?? [], best: asMap(best, full) };
    const out: PackageGetEntryFor<typeof level> =
      level === 'none'
        ? base
        : level === 'full'
          ? { ...base, otherVersions: asMap(others, full) }
          : { ...base, otherVersions: asMap(others, (k) => ({ releaseNotes: k.info.releaseNotes })) };
    return { out, kept: kept.length, best };
  };
  const { packages } = ctx.store.db.index.package;
  if (id !== undefined) {
    const r = shape(ownValue(packages, id));
    if (targetText !== undefined) {
      const top = [...r.best].sort((a, b) => compareVersionKeys(b.key, a.key))[0];
      ctx.metrics.recordPackageRequest(id, top?.key ?? null, ctx.now());
    }
    return r.out;
  }
  const all: Record<string, PackageGetEntryFor<typeof level>> = {};
  for (const [pid, pkg] of Object.entries(packages)) {
    const r = shape(pkg);
    if (r.kept > 0) all[pid] = r.out;
  }
  return all;
};
