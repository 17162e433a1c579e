/**
 * @module
 * Promotion (issue 14 item 2, spec/registry-api.md §4.10): a version's variants move from one
 * channel to the next without moving bytes — the target gets `package.add` with the source's
 * URLs and commitment, signed again by the acting key. This plans it per variant with the same
 * verdicts as the publish pre-flight (preflight.ts), judged against the target as the earlier
 * variants leave it. A variant the target already holds with the same commitment is skipped:
 * `package.add` would replace its URL list (§5.4) and drop mirrors only the target has — unless
 * the user asks to add the source's URLs, and then the union of both lists is sent. Pure.
 */
import type { MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import type { HardwareRequirements, PackageIndex, PackageInfo, PackageVersionInfo } from '../rpc/types.ts';
import { versionRefusal, type Authority } from './authority.ts';
import type { BoardRow } from './channel-board.ts';
import { hardwareEquals } from './hardware.ts';
import { CONFLICT_MESSAGES, mergeVersion } from './merge.ts';
import { ownValue, setOwn, withOwn } from './own-key.ts';
import type { Verdict } from './preflight.ts';
import { diffVersionInfo } from './version-diff.ts';

/** The pre-flight verdicts a promotion can meet (no file, so no invalid/no-icon/collision). */
export type PromoteVerdict = Extract<Verdict, { kind: 'refused' | 'new-package' | 'new-version' | 'new-variant' | 'same-archive' | 'replaces-variant' | 'conflict' }>;

/** `add`: send it; `skip`: the target already has it; `confirm`: replaces a variant, ask first; `blocked`: the target would refuse. */
export type PromoteAction = 'add' | 'skip' | 'confirm' | 'blocked';

export interface PromoteStep {
  hardware: HardwareRequirements;
  commitment: MerkleArchiveCommitmentWire;
  verdict: PromoteVerdict;
  /** The URLs `package.add` would carry (the source's, or the union with the target's). */
  urls: string[];
  action: PromoteAction;
}

export interface PromoteRequest {
  id: string;
  version: string;
  /** The version record in the source channel. */
  source: PackageVersionInfo;
  /** The variants to promote (by hardware identity); null for all of them. */
  hardware: HardwareRequirements[] | null;
  /** For a variant the target already has: send the union of both URL lists instead of skipping. */
  addSourceUrls: boolean;
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...first, ...second.filter((u) => !first.includes(u))];
}

/** Plans the promotion of one version into `target`, variant by variant, in the source's order. */
export function planPromotion(target: PackageIndex, authority: Authority, req: PromoteRequest): PromoteStep[] {
  const chosen = req.source.s9pks.filter(([h]) => req.hardware === null || req.hardware.some((c) => hardwareEquals(c, h)));
  const sim: Record<string, PackageInfo> = { ...target.packages };
  return chosen.map(([hardware, asset]): PromoteStep => {
    const step = (verdict: PromoteVerdict, action: PromoteAction, urls = asset.urls): PromoteStep => ({ hardware, commitment: asset.commitment, verdict, urls, action });
    const refusal = versionRefusal(authority, { categories: {}, packages: sim }, req.id, req.version);
    if (refusal) return step({ kind: 'refused', refusal }, 'blocked');
    const pkg = ownValue(sim, req.id);
    const existing = ownValue(pkg?.versions, req.version);
    const incoming: PackageVersionInfo = { ...req.source, s9pks: [[hardware, { ...asset, signatures: {} }]] };
    let verdict: PromoteVerdict;
    let next: PackageVersionInfo = incoming;
    let result: PromoteStep | null = null;
    if (!existing) {
      verdict = pkg ? { kind: 'new-version' } : { kind: 'new-package' };
    } else {
      const merged = mergeVersion(existing, incoming, 'replace-urls');
      if (!merged.ok) {
        return step({ kind: 'conflict', conflict: merged.conflict, message: CONFLICT_MESSAGES[merged.conflict.kind], diff: diffVersionInfo(existing, incoming) }, 'blocked');
      }
      const same = existing.s9pks.find(([h]) => hardwareEquals(h, hardware));
      if (merged.outcome === 'appended') verdict = { kind: 'new-variant', variants: existing.s9pks.length };
      else if (merged.outcome === 'replaced') verdict = { kind: 'replaces-variant', replaced: same! };
      else {
        const own = same?.[1].urls ?? [];
        verdict = { kind: 'same-archive', urls: own };
        const urls = union(own, asset.urls);
        result = req.addSourceUrls && urls.length > own.length ? step(verdict, 'add', urls) : step(verdict, 'skip', own);
      }
      next = merged.info;
    }
    setOwn(sim, req.id, { authorized: {}, categories: [], ...pkg, versions: withOwn(pkg?.versions ?? {}, req.version, next) });
    return result ?? step(verdict, verdict.kind === 'replaces-variant' ? 'confirm' : 'add');
  });
}

/** One version to promote from a board row: all its variants (newer) or the missing ones. */
export interface DriftPromotion {
  id: string;
  version: string;
  hardware: HardwareRequirements[] | null;
}

/**
 * What "promote everything drifted from channel `from` to the next" means: for each row, its
 * newer version (all variants) and the missing variants of versions both channels hold.
 * Conflicting commitments and versions gone from the earlier channel are never promoted.
 */
export function driftPromotions(rows: readonly BoardRow[], from: number): DriftPromotion[] {
  const out: DriftPromotion[] = [];
  for (const row of rows) {
    for (const d of row.drift) {
      if (d.kind === 'newer' && d.from === from) out.push({ id: row.id, version: d.version, hardware: null });
      if (d.kind === 'missing-variant' && d.from === from) out.push({ id: row.id, version: d.version, hardware: d.hardware });
    }
  }
  return out;
}
