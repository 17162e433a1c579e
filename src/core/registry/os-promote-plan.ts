/**
 * @module
 * Promoting a StartOS release to another registry (issue #15 item 6; spec registry-api.md
 * §3.4, §4.6, §4.10 `os promote`): upstream's CLI calls `os.version.add` on the target with the
 * source's headline, notes and upgrade-source range, then `os.asset.add.<type>` for every
 * asset with the source's commitment, signed again by the acting key (context `startos`). This
 * plans it against the target's `os.index` before anything is sent: the release step is skipped
 * when the target already holds the same text, an asset the target holds with the same
 * commitment is skipped, one with a different commitment is a conflict the registry would
 * refuse (31 "Commitment does not match"), and the acting key's standing on the target decides
 * what may be sent at all (`os.version.add` is admin-only; assets need an admin or a member of
 * the release's `authorized`). Pure.
 */
import type { Blake3Commitment, Guid, OsVersionInfo } from '../rpc/types.ts';
import { ownValue } from './own-key.ts';
import { OS_ASSET_TYPES, type OsAsset, type OsAssetType } from './os-release.ts';

/** The acting key on the target: admin, and its signer Guid (null when not a registered signer). */
export interface OsTargetAuthority {
  admin: boolean;
  guid: Guid | null;
}

/** The release fields `os.version.add` sets. */
export const OS_RELEASE_FIELDS = ['headline', 'releaseNotes', 'sourceVersion'] as const;
export type OsReleaseField = (typeof OS_RELEASE_FIELDS)[number];

/**
 * `add`: the target lacks the release; `update`: it holds it with other text (overwritten);
 * `skip`: same text; `blocked`: `os.version.add` needs an admin of the target.
 */
export interface OsReleaseStep {
  action: 'add' | 'update' | 'skip' | 'blocked';
  /** Fields whose text differs on the target (empty for `add` and `skip`). */
  changed: OsReleaseField[];
}

/**
 * `add`: send `os.asset.add.<type>` once per URL (the first creates the entry, the others
 * append mirrors); `skip`: the target holds the same commitment; `conflict`: it holds another
 * commitment for this platform and type; `blocked`: the acting key may not add assets there.
 */
export interface OsAssetStep {
  type: OsAssetType;
  platform: string;
  /** The source's asset: its URLs and commitment are sent. */
  asset: OsAsset;
  action: 'add' | 'skip' | 'conflict' | 'blocked';
  /** The target's commitment for `conflict`. */
  targetCommitment: Blake3Commitment | null;
}

export interface OsPromotePlan {
  version: string;
  release: OsReleaseStep;
  /** In type order (iso, img, squashfs), then platform. */
  assets: OsAssetStep[];
}

/** Same BLAKE3 hash and size. */
export function sameCommitment(a: Blake3Commitment, b: Blake3Commitment): boolean {
  return a.hash === b.hash && `${a.size}` === `${b.size}`;
}

function releaseStep(source: OsVersionInfo, target: OsVersionInfo | undefined, authority: OsTargetAuthority): OsReleaseStep {
  if (!target) return { action: authority.admin ? 'add' : 'blocked', changed: [] };
  const changed = OS_RELEASE_FIELDS.filter((f) => source[f] !== target[f]);
  if (changed.length === 0) return { action: 'skip', changed };
  return { action: authority.admin ? 'update' : 'blocked', changed };
}

/**
 * Plans the promotion of release `version` (`source`, from the source registry's `os.index`)
 * into a target whose `os.index` holds `target` for that version (undefined: it has none).
 */
export function planOsPromotion(version: string, source: OsVersionInfo, target: OsVersionInfo | undefined, authority: OsTargetAuthority): OsPromotePlan {
  const release = releaseStep(source, target, authority);
  // the release exists on the target once its step went through (or was not needed)
  const releaseThere = target !== undefined || release.action === 'add';
  // `os.version.add` adds its caller to `authorized` (§3.4)
  const member = authority.guid !== null && ((target?.authorized.includes(authority.guid) ?? false) || release.action === 'add' || release.action === 'update');
  const mayAdd = releaseThere && (authority.admin || member);
  const assets: OsAssetStep[] = [];
  for (const type of OS_ASSET_TYPES) {
    for (const platform of Object.keys(source[type]).sort()) {
      const asset = source[type][platform]!;
      const there = ownValue(target?.[type], platform);
      const step = (action: OsAssetStep['action'], targetCommitment: Blake3Commitment | null = null): OsAssetStep => ({ type, platform, asset, action, targetCommitment });
      if (there && sameCommitment(there.commitment, asset.commitment)) assets.push(step('skip'));
      else if (there) assets.push(step('conflict', there.commitment));
      else assets.push(step(mayAdd ? 'add' : 'blocked'));
    }
  }
  return { version, release, assets };
}

/** True when the plan sends nothing (everything is on the target already). */
export function planIsNoop(plan: OsPromotePlan): boolean {
  return plan.release.action === 'skip' && plan.assets.every((a) => a.action === 'skip');
}
