/**
 * @module
 * What the browse grid needs of `package.index` (core/registry/package-digest.ts), a view of
 * the one `package.index` read: it fetches the index through `packageIndexOptions` (so the
 * whole index lands in that query, and a fetch in flight is joined, not repeated) and streams
 * what the answer worker reports before the whole index reaches the page: previews of the
 * packages checked so far while a large index still arrives, then the digest of the whole,
 * checked index (`complete`). The call's error withdraws a preview: the query fails and the
 * page shows the error instead. From an index already in the cache, or a fetch joined
 * without a digest, it digests here. Under the `package.index` read, so every invalidation of
 * it covers this too; a refetch keeps the last complete digest on screen until the new one is
 * complete.
 */
import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { digestIndex, type IndexDigest, type PackageDigest } from '../../core/registry/package-digest.ts';
import { listenerStream } from './listener-stream.ts';
import { registryKeys } from './registry-keys.ts';
import { packageIndexOptions, type QueryScope } from './registry-queries.ts';

/** The browse grid's packages: a preview (`complete: false`, no categories yet) or the whole index's digest. */
export interface BrowseDigest extends IndexDigest {
  complete: boolean;
}

type Report = { preview: PackageDigest[] } | { digest: IndexDigest };

const nothingYet: BrowseDigest = { packages: [], categories: {}, complete: false };

function gather(seen: BrowseDigest, report: Report): BrowseDigest {
  if ('digest' in report) return { ...report.digest, complete: true };
  return { packages: [...seen.packages, ...report.preview], categories: seen.categories, complete: false };
}

// The key names the registry (`scope.client.url`), the only part of the scope a public read depends on.
export const packageDigestOptions = (scope: QueryScope) =>
  queryOptions({
    queryKey: registryKeys.anonymous(scope.client.url, 'package.index', 'digest'),
    queryFn: streamedQuery<Report, BrowseDigest>({
      streamFn: ({ client: qc }) => {
        const reports = listenerStream<Report>();
        let digested = false;
        const onDigest = (digest: IndexDigest) => {
          digested = true;
          reports.push({ digest });
          reports.end();
        };
        const onPreview = (preview: PackageDigest[]) => reports.push({ preview });
        qc.fetchQuery(packageIndexOptions(scope, { onDigest, onPreview })).then((index) => {
          if (!digested) reports.push({ digest: digestIndex(index) });
          reports.end();
        }, reports.fail);
        return reports;
      },
      refetchMode: 'replace',
      reducer: gather,
      initialValue: nothingYet,
    }),
  });
