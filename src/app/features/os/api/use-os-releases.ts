/**
 * @module
 * The release list's data (spec registry-api.md §4.6): `os.index`, then each release's
 * authorized signers (`os.version.signer.list`, anyone may read it), combined into release
 * views newest first with every signature checked (core/registry/os-release.ts).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  osReleaseView,
  osVersionsNewestFirst,
  type OsReleaseView,
} from '../../../../core/registry/os-release.ts';
import type { OsIndex } from '../../../../core/rpc/types.ts';
import { osIndexOptions, osVersionSignersOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

/** Stable `combine` (module level), so the combined array keeps its identity between renders. */
const answers = <T>(results: { data: T | undefined }[]) => results.map((r) => r.data);

export interface OsReleases {
  /** The answer of `os.index`; undefined while it loads. */
  index: OsIndex | undefined;
  /** Newest first; undefined while `os.index` loads. */
  releases: OsReleaseView[] | undefined;
  error: unknown;
  refetch: () => void;
}

export function useOsReleases(): OsReleases {
  const scope = useRegistryScope();
  const index = useQuery(osIndexOptions(scope));
  const versions = useMemo(
    () => (index.data ? osVersionsNewestFirst(Object.keys(index.data.versions)) : []),
    [index.data],
  );
  const signers = useQueries({
    queries: versions.map((v) => osVersionSignersOptions(scope, v)),
    combine: answers,
  });
  const releases = useMemo(() => {
    if (!index.data) return undefined;
    const all = index.data.versions;
    // Until a release's signer list arrives (or when it fails) nobody counts as authorized.
    return versions.map((v, i) => osReleaseView(v, all[v]!, signers[i] ?? {}));
  }, [index.data, versions, signers]);
  return { index: index.data, releases, error: index.error, refetch: () => void index.refetch() };
}
