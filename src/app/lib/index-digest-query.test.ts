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
import { CoreError } from '../../core/errors.ts';
import { invalidateRegistry } from './registry-invalidation.ts';
import { packageDigestOptions } from './index-digest-query.ts';
import { packageIndexOptions, type QueryScope } from './registry-queries.ts';

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
    expect(await qc.fetchQuery(packageDigestOptions(scope))).toEqual({ ...digestIndex(index), complete: true });
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
    expect(await qc.fetchQuery(packageDigestOptions(scope))).toEqual({ ...digestIndex(index), complete: true });
    expect(requests).toBe(0);
  });

  it('is invalidated with the package.index read', async () => {
    const qc = newClient();
    qc.setQueryData(packageDigestOptions(scope).queryKey, { ...digestIndex(index), complete: true });
    await invalidateRegistry(qc, REGISTRY, 'packages');
    expect(qc.getQueryState(packageDigestOptions(scope).queryKey)?.isInvalidated).toBe(true);
  });

  it('streams previews of a large index as it is checked, then the complete digest', async () => {
    const digest = digestIndex(index);
    let step!: () => void;
    const gate = () => new Promise<void>((resolve) => (step = resolve));
    const checker: AnswerChecker = async (job) => {
      for (const card of digest.packages) {
        job.onPreview?.([card]);
        await gate();
      }
      job.onDigest?.(digest);
      return index as never;
    };
    const previewing = { ...scope, client: createRegistryClient({ url: REGISTRY, checkLargeAnswer: checker }) };
    const qc = newClient();
    const options = packageDigestOptions(previewing);
    const done = qc.fetchQuery(options);
    const data = () => qc.getQueryData(options.queryKey);
    await vi.waitFor(() => expect(data()).toEqual({ packages: digest.packages.slice(0, 1), categories: {}, complete: false }));
    step();
    await vi.waitFor(() => expect(data()?.packages).toHaveLength(2));
    expect(data()?.complete).toBe(false);
    step();
    expect(await done).toEqual({ ...digest, complete: true });
    expect(data()).toEqual({ ...digest, complete: true });
  });

  it('fails after a preview when the index fails its check: the preview is withdrawn by the error', async () => {
    const checker: AnswerChecker = async (job) => {
      job.onPreview?.(digestIndex(index).packages.slice(0, 1));
      await Promise.resolve();
      throw new CoreError('RPC_BAD_RESPONSE', 'package.index: bad answer', { method: 'package.index' });
    };
    const failing = { ...scope, client: createRegistryClient({ url: REGISTRY, checkLargeAnswer: checker }) };
    const qc = newClient();
    const options = packageDigestOptions(failing);
    await expect(qc.fetchQuery(options)).rejects.toMatchObject({ code: 'RPC_BAD_RESPONSE' });
    const state = qc.getQueryState(options.queryKey);
    expect(state?.status).toBe('error');
    expect(state?.data?.complete).toBe(false);
  });

  it('keeps the last complete digest while a refetch previews the new index', async () => {
    const fresh = digestIndex(index);
    let previewed = false;
    const checker: AnswerChecker = async (job) => {
      job.onPreview?.(fresh.packages.slice(0, 1));
      previewed = true;
      await new Promise<void>((resolve) => (release = resolve));
      job.onDigest?.(fresh);
      return index as never;
    };
    const previewing = { ...scope, client: createRegistryClient({ url: REGISTRY, checkLargeAnswer: checker }) };
    const qc = newClient();
    const options = packageDigestOptions(previewing);
    const old = { packages: [], categories: {}, complete: true };
    qc.setQueryData(options.queryKey, old);
    const refetch = qc.fetchQuery({ ...options, staleTime: 0 });
    await vi.waitFor(() => expect(previewed).toBe(true));
    expect(qc.getQueryData(options.queryKey)).toBe(old);
    release();
    expect(await refetch).toEqual({ ...fresh, complete: true });
  });
});
