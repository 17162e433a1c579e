/**
 * `packageDigestOptions`: the browse grid's view of the one `package.index` read. It resolves
 * with the digest the answer checker sends ahead of a large index, while the whole index is
 * still on its way into `packageIndexOptions`' query (one request for both); it digests an
 * index already fresh in the cache without asking; it is invalidated with `package.index`.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LARGE_ANSWER_BYTES, type AnswerChecker } from '../../core/rpc/answer.ts';
import { createRegistryClient } from '../../core/rpc/client.ts';
import type { PackageIndex } from '../../core/rpc/types.ts';
import { digestIndex } from '../../core/registry/package-digest.ts';
import { exampleIndex } from '../../core/testing/example-index.ts';
import { invalidateRegistry } from './registry-invalidation.ts';
import { packageDigestOptions, packageIndexOptions, type QueryScope } from './registry-queries.ts';

const REGISTRY = 'http://registry.test';
const index = exampleIndex();
let requests: number;
let release: () => void;

/** An answer checker like the worker's: the digest at once, the whole index when released. */
const heldChecker: AnswerChecker = async (job) => {
  job.onDigest?.(digestIndex(index));
  await new Promise<void>((resolve) => (release = resolve));
  // The checker's contract: the method's result (package.index here).
  return index as never;
};

const scope: QueryScope = {
  client: createRegistryClient({ url: REGISTRY, checkLargeAnswer: heldChecker }),
  keyPem: null,
  keyUse: 'no-key',
};

beforeEach(() => {
  requests = 0;
  vi.stubGlobal('fetch', async () => {
    requests += 1;
    return new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(LARGE_ANSWER_BYTES) } });
  });
});
afterEach(() => vi.unstubAllGlobals());

const newClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });

describe('packageDigestOptions', () => {
  it('resolves with the digest before the whole index arrives, which then fills the index query', async () => {
    const qc = newClient();
    expect(await qc.fetchQuery(packageDigestOptions(scope))).toEqual(digestIndex(index));
    expect(qc.getQueryData(packageIndexOptions(scope).queryKey)).toBeUndefined();
    // the index query joins the request in flight
    const whole = qc.fetchQuery(packageIndexOptions(scope));
    release();
    expect(await whole).toEqual(index);
    expect(qc.getQueryData<PackageIndex>(packageIndexOptions(scope).queryKey)).toEqual(index);
    expect(requests).toBe(1);
  });

  it('digests a fresh cached index without asking the registry', async () => {
    const qc = newClient();
    qc.setQueryData(packageIndexOptions(scope).queryKey, index);
    expect(await qc.fetchQuery(packageDigestOptions(scope))).toEqual(digestIndex(index));
    expect(requests).toBe(0);
  });

  it('is invalidated with the package.index read', async () => {
    const qc = newClient();
    qc.setQueryData(packageDigestOptions(scope).queryKey, digestIndex(index));
    await invalidateRegistry(qc, REGISTRY, 'packages');
    expect(qc.getQueryState(packageDigestOptions(scope).queryKey)?.isInvalidated).toBe(true);
  });
});
