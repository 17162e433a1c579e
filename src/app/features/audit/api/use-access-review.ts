/**
 * @module
 * The access review of the current registry (core/registry/access-review.ts) and its warnings,
 * from the signed `index` and `admin.list` (admins; spec/registry-api.md §4.1, §4.7) — the two
 * reads role detection has already made, so opening the page asks the registry nothing new.
 * Read-only: nothing here writes.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { reviewAccess } from '../../../../core/registry/access-review.ts';
import { accessWarnings } from '../../../../core/registry/access-warnings.ts';
import { adminsOptions, signedIndexOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export function useAccessReview() {
  const scope = useRegistryScope();
  const index = useQuery(signedIndexOptions(scope));
  const admins = useQuery(adminsOptions(scope));
  const review = useMemo(
    () => (index.data && admins.data ? reviewAccess({ signers: index.data.signers, admins: Object.keys(admins.data), packages: index.data.package.packages, os: index.data.os }) : null),
    [index.data, admins.data],
  );
  const warnings = useMemo(() => (review ? accessWarnings(review) : []), [review]);
  const failed = [index, admins].find((q) => q.isError) ?? null;
  const refetch = () => Promise.all([index.refetch(), admins.refetch()]);
  return { index: index.data, review, warnings, failed, refetch, fetching: index.isFetching || admins.isFetching, updatedAt: Math.min(index.dataUpdatedAt, admins.dataUpdatedAt) };
}
