import { blake3 } from '@noble/hashes/blake3.js';
import { describe, expect, it } from 'vitest';
import { isCoreError } from '../core/errors.ts';
import { encodeBlake3Commitment } from '../core/sign/commitment.ts';
import { commitBlake3Url } from './blake3-url.ts';

const bytes = new Uint8Array(3 << 20).map((_, i) => (i * 31) % 251);
const chunked = (parts: number) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      const step = Math.ceil(bytes.length / parts);
      for (let o = 0; o < bytes.length; o += step) c.enqueue(bytes.slice(o, o + step));
      c.close();
    },
  });

describe('commitBlake3Url', () => {
  it('hashes every byte of the streamed answer, with progress up to the size', async () => {
    const progress: number[] = [];
    const answer = await commitBlake3Url('https://a.test/os.img', bytes.length, {
      fetch: async () => new Response(chunked(7)),
      onProgress: (done) => progress.push(done),
    });
    expect(answer).toEqual({ status: 'ok', commitment: encodeBlake3Commitment({ hash: blake3(bytes), size: BigInt(bytes.length) }) });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBe(8);
  });

  it('an HTTP error or a failed connection is an answer, a cancel is thrown', async () => {
    expect(await commitBlake3Url('https://a.test/x', 1, { fetch: async () => new Response('gone', { status: 410 }) })).toEqual({ status: 'http', httpStatus: 410 });
    expect(await commitBlake3Url('https://a.test/x', 1, { fetch: async () => Promise.reject(new TypeError('Failed to fetch')) })).toEqual({ status: 'failed', message: 'Failed to fetch' });
    const ac = new AbortController();
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const run = commitBlake3Url('https://a.test/x', 1, {
      signal: ac.signal,
      fetch: async (_u, init) => {
        init?.signal?.addEventListener('abort', () => void stalled.cancel().catch(() => undefined));
        return new Response(stalled);
      },
    });
    ac.abort();
    await expect(run).rejects.toSatisfy((e) => isCoreError(e, 'ABORTED'));
  });
});
