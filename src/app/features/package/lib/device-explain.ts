/**
 * @module
 * "View as device": predicts from `package.index` what `package.get` offers a device (spec
 * registry-api.md §6) and explains why each hidden version or variant is hidden, then lines the
 * prediction up with the registry's actual answer. Pure; the registry's answer stays the truth
 * shown to the user, the prediction supplies the reasons.
 * The filtering rules themselves are in core/registry/device-filter.ts.
 */
import { compareExtendedVersion, parseExtendedVersion, parseRange } from '../../../../core/exver/index.ts';
import type { DeviceInfo, PackageInfo } from '../../../../core/rpc/types.ts';
import { checkVersion, type HiddenReason, type Offered, type VersionCheck } from '../../../../core/registry/device-filter.ts';
import { formatBytes } from './format.ts';
import { sortVersionsDesc } from './versions.ts';
import { hasOwnKey } from '../../../../core/registry/own-key.ts';
import { translate } from '../../../i18n/i18n.ts';

export interface DeviceExplanation {
  /** Every version of the index, newest first. */
  versions: VersionCheck[];
  /** Predicted `best` per flavor lineage. */
  expectedBest: string[];
  /** Versions the registry offered that the index does not have (the index is out of date). */
  onlyInAnswer: string[];
  /** Versions where prediction and answer disagree (offered vs hidden). */
  disagreements: string[];
}

/** The parts of a `package.get` answer the explanation reads. */
export interface DeviceAnswer {
  best: Record<string, unknown>;
  otherVersions?: Record<string, unknown>;
}

/** Greatest expected version per flavor lineage (§4.3 step 3). */
function predictBest(checks: readonly VersionCheck[]): string[] {
  const best = new Map<
    string | null,
    { key: string; v: ReturnType<typeof parseExtendedVersion> }
  >();
  for (const c of checks) {
    if (!c.expected) continue;
    let v;
    try {
      v = parseExtendedVersion(c.version);
    } catch {
      continue;
    }
    const cur = best.get(v.flavor);
    if (!cur || compareExtendedVersion(v, cur.v) === 1) best.set(v.flavor, { key: c.version, v });
  }
  return sortVersionsDesc([...best.values()].map((b) => b.key));
}

/**
 * Explains a package for a device, compared with the registry's answer when there is one.
 * @throws CoreError `EXVER_SYNTAX` when `device.os.compat` does not parse (validate first).
 */
export function explainDevice(
  pkg: PackageInfo,
  device: DeviceInfo,
  answer: DeviceAnswer | null,
): DeviceExplanation {
  const compat = parseRange(device.os.compat);
  const offered = (key: string): Offered => {
    if (!answer) return null;
    if (hasOwnKey(answer.best, key)) return 'best';
    if (hasOwnKey(answer.otherVersions, key)) return 'other';
    return 'hidden';
  };
  const versions = sortVersionsDesc(Object.keys(pkg.versions)).map((key) => ({
    ...checkVersion(key, pkg.versions[key]!, device, compat),
    offered: offered(key),
  }));
  const answered = answer
    ? [...Object.keys(answer.best), ...Object.keys(answer.otherVersions ?? {})]
    : [];
  return {
    versions,
    expectedBest: predictBest(versions),
    onlyInAnswer: sortVersionsDesc(answered.filter((k) => !hasOwnKey(pkg.versions, k))),
    disagreements: versions
      .filter((v) => v.offered !== null && v.expected !== (v.offered !== 'hidden'))
      .map((v) => v.version),
  };
}

/** One reason in words of the active language. */
export function describeReason(r: HiddenReason): string {
  switch (r.kind) {
    case 'os':
      return translate('device.reasonOs', { os: r.osVersion, compat: r.compat });
    case 'os-unreadable':
      return translate('device.reasonOsUnreadable', { os: r.osVersion });
    case 'arch':
      return translate('device.reasonArch', { arch: r.arch, supported: r.supported.join(', ') || translate('signer.none') });
    case 'ram':
      return translate('device.reasonRam', { required: formatBytes(r.required), available: formatBytes(r.available) });
    case 'no-variant':
      return translate('device.reasonNoVariant');
  }
}
