/**
 * @module
 * The channel board (issue 14 item 1): several registries in a line (alpha → beta → stable),
 * one row per package and flavor with the best version in each channel, and the drift between
 * channels — a newer version in an earlier channel, a hardware variant an earlier channel has
 * and a later one lacks, a version a later channel has that the earlier one no longer has, and
 * one version + hardware released with different commitments (two builds under one version).
 * Versions match by their index key, as the registry keys them (spec/registry-api.md §5.3);
 * variants by hardware identity (spec/s9pk-format.md §7.3). Pure: no I/O.
 */
import { compareExtendedVersion, parseExtendedVersion, type ExtendedVersion } from '../exver/index.ts';
import type { HardwareRequirements, PackageIndex, PackageVersionInfo, S9pkVariant } from '../rpc/types.ts';
import { ownValue } from './own-key.ts';

/** The best version of one flavor in one channel. */
export interface ChannelEntry {
  version: string;
  variants: S9pkVariant[];
}

export type Drift =
  /** `from`'s best version is newer than `to`'s (or `to` has none). */
  | { kind: 'newer'; from: number; to: number; version: string; behind: string | null }
  /** A version both channels hold, with hardware variants only `from` has. */
  | { kind: 'missing-variant'; from: number; to: number; version: string; hardware: HardwareRequirements[] }
  /** `later` holds a version the channel before it (`earlier`) does not. */
  | { kind: 'gone'; earlier: number; later: number; version: string }
  /** One version and hardware with different commitments across `channels` (red flag). */
  | { kind: 'conflict'; version: string; hardware: HardwareRequirements; channels: number[] };

export interface BoardRow {
  id: string;
  /** The exver flavor (`#knots:`), null for unflavored versions. */
  flavor: string | null;
  /** Title of the newest entry, from the earliest channel holding one. */
  title: string;
  /** Union of the package's categories over the channels, sorted. */
  categories: string[];
  /** Per channel, in line order; null when the channel has no version of this flavor. */
  entries: (ChannelEntry | null)[];
  drift: Drift[];
  /** Public key PEMs that signed any variant of any entry, sorted. */
  signers: string[];
}

const keys = new WeakMap<HardwareRequirements, string>();

/** A canonical string for hardware identity (§7.3: device list in order, arch as a set, ram). */
export function hardwareKey(h: HardwareRequirements): string {
  let k = keys.get(h);
  if (k === undefined) keys.set(h, (k = computeHardwareKey(h)));
  return k;
}

function computeHardwareKey(h: HardwareRequirements): string {
  const arch = h.arch === null ? null : h.arch.length === 1 ? h.arch : [...new Set(h.arch)].sort();
  // the common case (no device filters) without JSON
  if (h.device.length === 0) return `${h.ram ?? ''}|${arch === null ? '*' : arch.join(',')}`;
  const device = h.device.map((d) => [d.class, d.product, d.vendor, d.capabilities ?? null, d.driver ?? null]);
  return JSON.stringify([h.ram, arch, device]);
}

/** Commitment identity ignoring Base64 padding (as `commitmentsEqual` does). */
function commitmentKey(v: S9pkVariant): string {
  const c = v[1].commitment;
  return `${c.rootMaxsize}:${c.rootSighash.replace(/=+$/, '')}`;
}

interface Parsed {
  key: string;
  ev: ExtendedVersion;
}

/** Parsed version keys of one package (channels mostly share keys); null when unparsable. */
type ParseCache = Map<string, ExtendedVersion | null>;

function parseCached(key: string, cache: ParseCache): ExtendedVersion | null {
  let ev = cache.get(key);
  if (ev !== undefined) return ev;
  try {
    ev = parseExtendedVersion(key);
  } catch {
    ev = null;
  }
  cache.set(key, ev);
  return ev;
}

/** Version keys of one package in one channel, grouped by flavor; unparsable keys are left out. */
function byFlavor(versions: Record<string, PackageVersionInfo>, cache: ParseCache): Map<string | null, Parsed[]> {
  const out = new Map<string | null, Parsed[]>();
  for (const key of Object.keys(versions)) {
    const ev = parseCached(key, cache);
    if (ev === null) continue;
    const list = out.get(ev.flavor);
    if (list) list.push({ key, ev });
    else out.set(ev.flavor, [{ key, ev }]);
  }
  return out;
}

function best(list: readonly Parsed[]): Parsed {
  return list.reduce((a, b) => ((compareExtendedVersion(b.ev, a.ev) ?? 0) > 0 ? b : a));
}

function newer(a: Parsed, b: Parsed | null): boolean {
  return b === null || (compareExtendedVersion(a.ev, b.ev) ?? 0) > 0;
}

/** Drift between adjacent channels `i` → `i + 1` for one package and flavor. */
function pairDrift(i: number, a: Parsed[], b: Parsed[], va: Record<string, PackageVersionInfo>, vb: Record<string, PackageVersionInfo>): Drift[] {
  const out: Drift[] = [];
  const bestA = a.length > 0 ? best(a) : null;
  const bestB = b.length > 0 ? best(b) : null;
  if (bestA && newer(bestA, bestB)) out.push({ kind: 'newer', from: i, to: i + 1, version: bestA.key, behind: bestB?.key ?? null });
  const inA = new Set(a.map((p) => p.key));
  for (const { key } of b) {
    const left = ownValue(va, key);
    if (!inA.has(key) || !left) {
      out.push({ kind: 'gone', earlier: i, later: i + 1, version: key });
      continue;
    }
    const right = new Set(ownValue(vb, key)!.s9pks.map(([h]) => hardwareKey(h)));
    const missing = left.s9pks.filter(([h]) => !right.has(hardwareKey(h))).map(([h]) => h);
    if (missing.length > 0) out.push({ kind: 'missing-variant', from: i, to: i + 1, version: key, hardware: missing });
  }
  return out;
}

/** Same version + hardware with different commitments anywhere in the line. */
function conflicts(keys: Iterable<string>, versions: (Record<string, PackageVersionInfo> | undefined)[]): Drift[] {
  const out: Drift[] = [];
  for (const key of keys) {
    const seen = new Map<string, { hw: HardwareRequirements; commitments: Map<string, number[]> }>();
    versions.forEach((vs, ch) => {
      for (const variant of ownValue(vs, key)?.s9pks ?? []) {
        const hk = hardwareKey(variant[0]);
        const slot = seen.get(hk) ?? { hw: variant[0], commitments: new Map<string, number[]>() };
        seen.set(hk, slot);
        const ck = commitmentKey(variant);
        slot.commitments.set(ck, [...(slot.commitments.get(ck) ?? []), ch]);
      }
    });
    for (const { hw, commitments } of seen.values()) {
      if (commitments.size > 1) out.push({ kind: 'conflict', version: key, hardware: hw, channels: [...new Set([...commitments.values()].flat())].sort((x, y) => x - y) });
    }
  }
  return out;
}

function rowFor(id: string, flavor: string | null, groups: Parsed[][], versions: (Record<string, PackageVersionInfo> | undefined)[], categories: string[]): BoardRow {
  const entries = groups.map((g, ch): ChannelEntry | null => {
    if (g.length === 0) return null;
    const { key } = best(g);
    return { version: key, variants: ownValue(versions[ch], key)!.s9pks };
  });
  const drift: Drift[] = [];
  for (let i = 0; i + 1 < groups.length; i++) drift.push(...pairDrift(i, groups[i]!, groups[i + 1]!, versions[i] ?? {}, versions[i + 1] ?? {}));
  drift.push(...conflicts(new Set(groups.flat().map((p) => p.key)), versions));
  const titled = entries.find((e) => e !== null)!;
  const chTitle = entries.indexOf(titled);
  const signers = new Set<string>();
  for (const e of entries) for (const [, asset] of e?.variants ?? []) for (const pem of Object.keys(asset.signatures)) signers.add(pem);
  return {
    id,
    flavor,
    title: ownValue(versions[chTitle], titled.version)!.title,
    categories,
    entries,
    drift,
    signers: [...signers].sort(),
  };
}

/** Every package id in any channel, sorted. */
export function boardPackageIds(indexes: readonly PackageIndex[]): string[] {
  const ids = new Set<string>();
  for (const ix of indexes) for (const id of Object.keys(ix.packages)) ids.add(id);
  return [...ids].sort();
}

/** The rows of one package id: one per flavor, unflavored first. */
export function boardRowsOf(indexes: readonly PackageIndex[], id: string): BoardRow[] {
  const rows: BoardRow[] = [];
  const cache: ParseCache = new Map();
  {
    const pkgs = indexes.map((ix) => ownValue(ix.packages, id));
    const versions = pkgs.map((p) => p?.versions);
    const grouped = versions.map((vs) => byFlavor(vs ?? {}, cache));
    const flavors = new Set<string | null>();
    for (const g of grouped) for (const f of g.keys()) flavors.add(f);
    const categories = [...new Set(pkgs.flatMap((p) => p?.categories ?? []))].sort();
    const ordered = [...flavors].sort((a, b) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
    for (const flavor of ordered) {
      const groups = grouped.map((g) => g.get(flavor) ?? []);
      // A version key appears in one flavor's group only, so each row sees just its versions.
      const own = versions.map((vs, ch) => (vs ? Object.fromEntries(groups[ch]!.map((p) => [p.key, vs[p.key]!])) : undefined));
      rows.push(rowFor(id, flavor, groups, own, categories));
    }
  }
  return rows;
}

/**
 * One row per package id and flavor found in any channel, sorted by id then flavor (unflavored
 * first). `indexes` are the channels' `package.index` answers in line order.
 */
export function computeChannelBoard(indexes: readonly PackageIndex[]): BoardRow[] {
  return boardPackageIds(indexes).flatMap((id) => boardRowsOf(indexes, id));
}
