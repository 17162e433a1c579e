/**
 * @module
 * HEAD size checks of a release's download URLs (core/registry/url-size-check.ts), run only
 * once the operator asks (they reach hosts other than the registry), each cached for a minute.
 */
import { queryOptions, useQueries } from '@tanstack/react-query';
import { checkUrlSize, type UrlSizeCheck } from '../../../../core/registry/url-size-check.ts';
import { urlCheckKey } from '../../../../core/registry/os-readiness.ts';
import type { OsReleaseView } from '../../../../core/registry/os-release.ts';

const urlSizeOptions = (url: string, size: number, enabled: boolean) =>
  queryOptions({
    queryKey: ['os-url-size', url, size],
    queryFn: ({ signal }) => checkUrlSize(url, size, { signal }),
    enabled,
    staleTime: 60_000,
    retry: false,
  });

interface Target {
  url: string;
  size: number;
}

export interface UrlChecks {
  results: ReadonlyMap<string, UrlSizeCheck>;
  checking: boolean;
  recheck: () => void;
}

export function useUrlChecks(release: OsReleaseView, enabled: boolean): UrlChecks {
  const targets: Target[] = release.assets.flatMap((a) =>
    a.asset.urls.map((url) => ({ url, size: a.asset.commitment.size })),
  );
  return useQueries({
    queries: targets.map((x) => urlSizeOptions(x.url, x.size, enabled)),
    combine: (answers) => {
      const results = new Map<string, UrlSizeCheck>();
      answers.forEach((a, i) => {
        if (a.data) results.set(urlCheckKey(targets[i]!.url, targets[i]!.size), a.data);
      });
      return {
        results,
        checking: answers.some((a) => a.isFetching),
        recheck: () => answers.forEach((a) => void a.refetch()),
      };
    },
  });
}
