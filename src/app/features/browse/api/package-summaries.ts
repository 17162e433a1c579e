/**
 * @module
 * The browse grid's data: the digest of `package.index` (computed in the answer worker for a
 * large index and shown before the whole index reaches the page; before that, a preview of the
 * packages checked so far, lib/index-digest-query.ts) in the reader's language, by a query
 * `select`, so it is redone only when the digest or the language changes.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { packageDigestOptions, type BrowseDigest } from '../../../lib/index-digest-query.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { summarizeDigests, type PackageSummary } from '../lib/summaries.ts';

export interface BrowseData {
  summaries: PackageSummary[];
  categories: PackageIndex['categories'];
  /** False while these are a preview: the index is still arriving and being checked. */
  complete: boolean;
}

/** Package summaries and the index's categories, for `language`. */
export function usePackageSummaries(language: string) {
  const scope = useRegistryScope();
  const select = useCallback(
    (digest: BrowseDigest): BrowseData => ({
      summaries: summarizeDigests(digest.packages, language),
      categories: digest.categories,
      complete: digest.complete,
    }),
    [language],
  );
  return useQuery({ ...packageDigestOptions(scope), select });
}
