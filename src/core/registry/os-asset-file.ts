/**
 * @module
 * Facts about an OS image file before it becomes a release asset (spec registry-api.md §4.6,
 * §4.10 `os asset add`): its type from the extension (as upstream's CLI picks
 * `os.asset.add.<ext>`), its platform guessed from the file name (upstream names images
 * `startos-<version>…_<platform>.<ext>`), and how a file or download compares with a recorded
 * `Blake3Commitment`. Pure; no DOM.
 */
import { parseBase64 } from '../bytes/base64.ts';
import { equalBytes } from '../bytes/bytes.ts';
import type { Blake3CommitmentWire } from '../sign/commitment.ts';
import { OS_ASSET_TYPES, type OsAssetType } from './os-release.ts';

/**
 * Platforms upstream builds StartOS for (its image workflow's platform list, plus the two
 * board images); `platform_to_arch` in start-core lib.rs maps each to an architecture.
 */
export const OS_PLATFORMS = [
  'x86_64',
  'x86_64-nonfree',
  'x86_64-nvidia',
  'aarch64',
  'aarch64-nonfree',
  'aarch64-nvidia',
  'raspberrypi',
  'rockchip64',
  'riscv64',
  'riscv64-nonfree',
] as const;

/** The asset type a file name's extension selects, or null (only `.iso`, `.img`, `.squashfs`). */
export function osAssetTypeOf(fileName: string): OsAssetType | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return OS_ASSET_TYPES.find((t) => t === ext) ?? null;
}

/**
 * The platform named in a file name: the longest known platform that stands as a whole word
 * (bounded by the name's start or end, `_`, `.`, `~` or `-` not followed by a platform suffix),
 * so `…_x86_64-nonfree.iso` is `x86_64-nonfree`, not `x86_64`. Null when none is named.
 */
export function guessOsPlatform(fileName: string): string | null {
  const name = fileName.toLowerCase();
  let best: string | null = null;
  for (const p of OS_PLATFORMS) {
    let at = name.indexOf(p);
    while (at >= 0) {
      const before = at === 0 ? '' : name[at - 1]!;
      const after = name.slice(at + p.length);
      const startOk = before === '' || /[_.~\-\s]/.test(before);
      const endOk = after === '' || /^[_.~\s]/.test(after) || (after.startsWith('-') && !/^-(nonfree|nvidia)/.test(after));
      if (startOk && endOk && (best === null || p.length > best.length)) best = p;
      at = name.indexOf(p, at + 1);
    }
  }
  return best;
}

/** How a file (or what a URL serves) compares with a recorded commitment. */
export type CommitmentComparison =
  | { match: true }
  /** Sizes differ (then the hashes differ too; the size is the plainer fact). */
  | { match: false; field: 'size'; expected: number; found: number }
  | { match: false; field: 'hash'; expected: string; found: string };

/** Compares a computed commitment with the recorded one: size first, then hash. */
export function compareCommitment(expected: Blake3CommitmentWire, found: Blake3CommitmentWire): CommitmentComparison {
  if (expected.size !== found.size) return { match: false, field: 'size', expected: expected.size, found: found.size };
  if (!sameHash(expected.hash, found.hash)) return { match: false, field: 'hash', expected: expected.hash, found: found.hash };
  return { match: true };
}

/** Same hash bytes, whatever the Base64 padding; text that is not Base64 compares as text. */
function sameHash(a: string, b: string): boolean {
  try {
    return equalBytes(parseBase64(a), parseBase64(b));
  } catch {
    return a === b;
  }
}
