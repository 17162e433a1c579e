/**
 * @module
 * Pre-flight report of a batch of dropped archives against a registry's `package.index`,
 * before any byte leaves the browser (design.md §4.3 step 3): what `package.add` would do with
 * each file — new package, new version, new hardware variant, same archive (URLs only),
 * replacement of a variant, metadata conflict (38), or refusal (6 / 34) — plus the side checks
 * (dependencies, OS version, icon, license, two files that are the same variant).
 *
 * Files are judged in order against the registry as it will be after the earlier files of the
 * batch are added (spec/registry-api.md §4.3 steps 6–8, §5.4), so "x86_64 then aarch64 of a new
 * version" reads "new version" then "new variant". Pure: no I/O.
 */
import { extendedVersionEquals, parseExtendedVersion } from '../exver/index.ts';
import type { LocaleString, PackageIndex, PackageInfo, PackageVersionInfo, S9pkVariant } from '../rpc/types.ts';
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { validateManifest, type Manifest } from '../s9pk/manifest.ts';
import { versionRefusal, type Authority, type Refusal } from './authority.ts';
import { hardwareEquals } from './hardware.ts';
import { CONFLICT_MESSAGES, findConflict, mergeVersion, type Conflict } from './merge.ts';
import { diffVersionInfo, type FieldDiff } from './version-diff.ts';
import { assembleVersionInfo, indexHardware } from './version-record.ts';
import { hasOwnKey, ownValue, setOwn, withOwn } from './own-key.ts';

/** What the pre-flight needs from an archive; the worker's `InspectResult` has this shape. */
export interface PreflightArchive {
  id: string;
  version: string;
  /** manifest.json as parsed. */
  manifest: Record<string, unknown>;
  icon: { dataUrl: string } | null;
  dependencies: Record<string, { title: LocaleString | null; iconDataUrl: string | null; description: LocaleString | null; optional: boolean }>;
  commitment: MerkleArchiveCommitmentWire;
  hasLicense: boolean;
}

export type Verdict =
  /** The manifest cannot become an index record (e.g. a relative URL). */
  | { kind: 'invalid'; message: string }
  /** The registry fails with 18 "no icon found in archive". */
  | { kind: 'no-icon' }
  /** Same id, version and hardware requirements as other files of this batch (their indexes). */
  | { kind: 'collision'; with: number[] }
  /** Refused: a non-admin creating a package (6), no scope or out of scope (34). */
  | { kind: 'refused'; refusal: Refusal }
  /** An admin creates the package id. */
  | { kind: 'new-package' }
  | { kind: 'new-version' }
  /** A new hardware variant next to `variants` existing ones. */
  | { kind: 'new-variant'; variants: number }
  /** Already indexed (same hardware and commitment): only its URLs are replaced. */
  | { kind: 'same-archive'; urls: string[] }
  /** Same hardware, different content: the stored variant is replaced silently. */
  | { kind: 'replaces-variant'; replaced: S9pkVariant }
  /** Metadata, icon or dependency metadata differ: the registry refuses with 38. */
  | { kind: 'conflict'; conflict: Conflict; message: string; diff: FieldDiff[] };

export type DependencySource = 'registry' | 'batch' | 'missing';

export interface PreflightReport {
  verdict: Verdict;
  /** The version the verdict compares with came from an earlier file of this batch. */
  viaBatch: boolean;
  /** The registry would refuse it, or sending it makes no sense: never upload. */
  blocking: boolean;
  /** Allowed, but silently replaces what is indexed: ask first. */
  needsConfirmation: boolean;
  /** The record the registry would build (null when it cannot). URLs and signatures are empty. */
  incoming: PackageVersionInfo | null;
  dependencies: { id: string; optional: boolean; source: DependencySource }[];
  /** The manifest's `osVersion` (null: the registry substitutes its own). */
  osVersion: string | null;
  hasIcon: boolean;
  hasLicense: boolean;
  /** A stored version equal under exver but spelled differently (`1.0:0` vs `1.0.0:0`). */
  similarVersion: string | null;
}

const BLOCKING: ReadonlySet<Verdict['kind']> = new Set(['invalid', 'no-icon', 'collision', 'refused', 'conflict']);

function manifestOf(a: PreflightArchive): Manifest | string {
  try {
    return validateManifest(a.manifest);
  } catch (e) {
    return (e as Error).message;
  }
}

function similarSpelling(pkg: PackageInfo | undefined, version: string): string | null {
  if (!pkg || hasOwnKey(pkg.versions, version)) return null;
  try {
    const v = parseExtendedVersion(version);
    return (
      Object.keys(pkg.versions).find((k) => {
        try {
          return extendedVersionEquals(parseExtendedVersion(k), v);
        } catch {
          return false;
        }
      }) ?? null
    );
  } catch {
    return null;
  }
}

/** The record of `a` as the registry would build it, or an error message. */
function incomingRecord(a: PreflightArchive, m: Manifest, existing: PackageVersionInfo | undefined, defaultOsVersion: string): PackageVersionInfo | string {
  const deps: PackageVersionInfo['dependencyMetadata'] = {};
  for (const [id, d] of Object.entries(a.dependencies)) {
    setOwn(deps, id, { title: d.title, icon: d.iconDataUrl, description: d.description, optional: d.optional });
  }
  try {
    return assembleVersionInfo({
      manifest: m,
      iconDataUrl: a.icon?.dataUrl ?? '',
      dependencyMetadata: deps,
      asset: { publishedAt: '', urls: [], commitment: a.commitment, signatures: {} },
      // Without a manifest osVersion the registry uses its own; assume it matches the stored one.
      defaultOsVersion: existing?.osVersion ?? defaultOsVersion,
    });
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Judges each archive in order. `authority` is the unlocked key's role on this registry.
 * @param defaultOsVersion shown for manifests without `osVersion` when nothing is stored yet.
 */
export function preflightBatch(
  index: PackageIndex,
  authority: Authority,
  archives: readonly PreflightArchive[],
  defaultOsVersion = 'unknown',
): PreflightReport[] {
  const manifests = archives.map(manifestOf);
  const hardware = manifests.map((m) => (typeof m === 'string' ? null : indexHardware(m.hardwareRequirements)));
  // The registry after the earlier, non-blocked files of the batch (copy on write).
  const sim: Record<string, PackageInfo> = { ...index.packages };
  const fromBatch = new Set<string>();

  return archives.map((a, i): PreflightReport => {
    const m = manifests[i]!;
    const pkg = ownValue(sim, a.id);
    const existing = ownValue(pkg?.versions, a.version);
    const base = {
      viaBatch: fromBatch.has(`${a.id}@${a.version}`) || (pkg !== undefined && !hasOwnKey(index.packages, a.id)),
      hasIcon: a.icon !== null,
      hasLicense: a.hasLicense,
      similarVersion: similarSpelling(pkg, a.version),
      dependencies: Object.entries(a.dependencies)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([id, d]) => ({
        id,
        optional: d.optional,
        source: (Object.keys(ownValue(index.packages, id)?.versions ?? {}).length > 0
          ? 'registry'
          : archives.some((o) => o.id === id)
            ? 'batch'
            : 'missing') as DependencySource,
      })),
      osVersion: typeof m === 'string' ? null : m.osVersion,
    };
    const report = (verdict: Verdict, incoming: PackageVersionInfo | null): PreflightReport => ({
      ...base,
      verdict,
      incoming,
      blocking: BLOCKING.has(verdict.kind),
      needsConfirmation: verdict.kind === 'replaces-variant',
    });

    if (typeof m === 'string') return report({ kind: 'invalid', message: m }, null);
    const incoming = incomingRecord(a, m, existing, defaultOsVersion);
    if (typeof incoming === 'string') return report({ kind: 'invalid', message: incoming }, null);
    if (!a.icon) return report({ kind: 'no-icon' }, incoming);
    const twins = archives.flatMap((o, j) =>
      j !== i && o.id === a.id && o.version === a.version && hardware[j] && hardwareEquals(hardware[j], hardware[i]!) ? [j] : [],
    );
    if (twins.length > 0) return report({ kind: 'collision', with: twins }, incoming);
    const refusal = versionRefusal(authority, { categories: {}, packages: sim }, a.id, a.version);
    if (refusal) return report({ kind: 'refused', refusal }, incoming);

    let verdict: Verdict;
    let next: PackageVersionInfo;
    if (!existing) {
      verdict = pkg ? { kind: 'new-version' } : { kind: 'new-package' };
      next = incoming;
    } else {
      const merged = mergeVersion(existing, incoming, 'replace-urls');
      if (!merged.ok) {
        const conflict = findConflict(existing, incoming)!;
        return report({ kind: 'conflict', conflict, message: CONFLICT_MESSAGES[conflict.kind], diff: diffVersionInfo(existing, incoming) }, incoming);
      }
      next = merged.info;
      const [hw] = incoming.s9pks[0]!;
      const same = existing.s9pks.find(([h]) => hardwareEquals(h, hw));
      verdict =
        merged.outcome === 'appended'
          ? { kind: 'new-variant', variants: existing.s9pks.length }
          : merged.outcome === 'replaced'
            ? { kind: 'replaces-variant', replaced: same! }
            : { kind: 'same-archive', urls: same?.[1].urls ?? [] };
    }
    setOwn(sim, a.id, { authorized: {}, categories: [], ...pkg, versions: withOwn(pkg?.versions ?? {}, a.version, next) });
    fromBatch.add(`${a.id}@${a.version}`);
    return report(verdict, incoming);
  });
}
