/**
 * @module
 * The browse grid's package summaries: the index digest (core/registry/package-digest.ts,
 * computed in the answer worker for large indexes) with the short description in the reader's
 * language — cheap, so a language switch redoes only this.
 */
import { digestIndex, type PackageDigest } from '../../../../core/registry/package-digest.ts';
import { localize } from '../../../../core/registry/localize.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';

export interface PackageSummary extends Omit<PackageDigest, 'description'> {
  /** Short description of the newest version, in the reader's language. */
  description: string;
}

/** `digests` for `language` (a browser tag such as `de-DE` or a locale `de_DE`), in their order. */
export function summarizeDigests(digests: readonly PackageDigest[], language: string): PackageSummary[] {
  return digests.map((d) => ({ ...d, description: localize(d.description, language) }));
}

/** Summaries of every package of `index`, in id order. */
export function summarizeIndex(index: PackageIndex, language: string): PackageSummary[] {
  return summarizeDigests(digestIndex(index).packages, language);
}
