/**
 * @module
 * The browse grid's data: the digest of `package.index` (computed in the answer worker for a
 * large index and shown before the whole index reaches the page) in the reader's language, by
 * a query `select`, so it is redone only when the digest or the language changes.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { IndexDigest } from '../../../../core/registry/package-digest.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { packageDigestOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { summarizeDigests, type PackageSummary } from '../lib/summaries.ts';

export interface BrowseData {
  summaries: PackageSummary[];
  categories: PackageIndex['categories'];
}

/** Package summaries and the index's categories, for `language`. */
export function usePackageSummaries(language: string) {
  const scope = useRegistryScope();
  const select = useCallback(
    (digest: IndexDigest): BrowseData => ({
      summaries: summarizeDigests(digest.packages, language),
      categories: digest.categories,
    }),
    [language],
  );
  return useQuery({ ...packageDigestOptions(scope), select });
}
