/**
 * @module
 * The stored bucket settings (bucket-settings.ts) as a query, shared by every page that
 * uploads: the publish page and the StartOS release assets.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadBucket } from './bucket-settings.ts';

export const storedBucketOptions = () => queryOptions({ queryKey: ['publish', 'bucket'] as const, queryFn: loadBucket, staleTime: Infinity });

export function useStoredBucket() {
  return useQuery(storedBucketOptions()).data ?? null;
}
