/**
 * Tests for answer-digest.ts and its use by the client on this thread: the digest of a checked
 * `package.index` reaches `onDigest` before the call resolves, never for other methods or a
 * bad answer, and a listener that throws does not fail the call.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestIndex } from '../registry/package-digest.ts';
import { coreRejection } from '../testing/core-rejection.ts';
import { exampleIndex } from '../testing/example-index.ts';
import { answerBody } from '../testing/large-index.ts';
import { deliverDigest } from './answer-digest.ts';
import { createRegistryClient } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

const clientAnswering = (result: unknown) => {
  vi.stubGlobal('fetch', async () => new Response(answerBody(result), { headers: { 'content-type': 'application/json' } }));
  return createRegistryClient({ url: 'http://registry.test' });
};

describe('deliverDigest', () => {
  it('digests package.index results only', () => {
    const listener = vi.fn();
    deliverDigest('info', { name: 'R', icon: null, categories: {} }, listener);
    expect(listener).not.toHaveBeenCalled();
    deliverDigest('package.index', exampleIndex(), listener);
    expect(listener).toHaveBeenCalledWith(digestIndex(exampleIndex()));
  });
});

describe('onDigest on a small answer (checked on this thread)', () => {
  it('gets the digest before the call resolves', async () => {
    const events: string[] = [];
    const index = await clientAnswering(exampleIndex())
      .api.package.index({ onDigest: (d) => events.push(`digest ${d.packages.length}`) })
      .then((r) => (events.push('index'), r));
    expect(index).toEqual(exampleIndex());
    expect(events).toEqual(['digest 2', 'index']);
  });

  it('is not called for a bad answer, and a listener that throws does not fail the call', async () => {
    const bad = exampleIndex();
    Reflect.set(bad, 'packages', { x: { versions: 3 } });
    const onDigest = vi.fn();
    expect((await coreRejection(clientAnswering(bad).api.package.index({ onDigest }))).code).toBe('RPC_BAD_RESPONSE');
    expect(onDigest).not.toHaveBeenCalled();
    const throwing = () => {
      throw new Error('listener bug');
    };
    expect(await clientAnswering(exampleIndex()).api.package.index({ onDigest: throwing })).toEqual(exampleIndex());
  });
});
