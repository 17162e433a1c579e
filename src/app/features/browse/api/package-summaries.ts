/**
 * @module
 * The browse grid's data: `package.index` reduced to package summaries by a query `select`,
 * so the (possibly many-megabyte) index is summarized once per fetch, not once per render.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { packageIndexOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { summarizeIndex, type PackageSummary } from '../lib/summaries.ts';

export interface BrowseData {
  summaries: PackageSummary[];
  categories: PackageIndex['categories'];
}

/** Package summaries and the index's categories, for `language`. */
export function usePackageSummaries(language: string) {
  const scope = useRegistryScope();
  const select = useCallback(
    (index: PackageIndex): BrowseData => ({
      summaries: summarizeIndex(index, language),
      categories: index.categories,
    }),
    [language],
  );
  return useQuery({ ...packageIndexOptions(scope), select });
}
