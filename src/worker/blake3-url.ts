/**
 * @module
 * The BLAKE3 commitment of the bytes a URL serves (mirror health of OS image assets, issue 16,
 * spec registry-api.md §5.3): one GET read front to back from the response stream and hashed
 * as it arrives, so a multi-gigabyte image is never held whole. Runs in the worker; the page
 * decides what the answer means (core/registry/os-mirror.ts `hashResult`).
 */
import { CoreError, isCoreError } from '../core/errors.ts';
import { nobleBlake3, updateChunked, type HasherFactory } from '../core/s9pk/hasher.ts';
import type { UrlHashAnswer } from '../core/registry/os-mirror.ts';
import { encodeBlake3Commitment } from '../core/sign/commitment.ts';

export interface Blake3UrlOptions {
  hasher?: HasherFactory;
  signal?: AbortSignal;
  /** Bytes hashed so far and the size the image should have. */
  onProgress?: (done: number, total: number) => void;
  fetch?: typeof fetch;
}

const cancelled = (url: string) => new CoreError('ABORTED', `hashing ${url}: cancelled`);

/**
 * GETs `url` and hashes every byte; `size` is the expected length (progress only).
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is an answer.
 */
export async function commitBlake3Url(url: string, size: number, options: Blake3UrlOptions = {}): Promise<UrlHashAnswer> {
  const { signal } = options;
  const doFetch = options.fetch ?? ((i: string, init?: RequestInit) => fetch(i, init));
  let res: Response;
  try {
    res = await doFetch(url, { cache: 'no-store', signal });
  } catch (e) {
    if (signal?.aborted) throw cancelled(url);
    return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
  if (!res.ok) {
    void res.body?.cancel().catch(() => undefined);
    return { status: 'http', httpStatus: res.status };
  }
  const hasher = (options.hasher ?? nobleBlake3).createHasher();
  let done = 0;
  options.onProgress?.(0, size);
  if (res.body) {
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done: end, value } = await reader.read();
        if (signal?.aborted) throw cancelled(url);
        if (end) break;
        updateChunked(hasher, value);
        done += value.length;
        options.onProgress?.(done, size);
      }
    } catch (e) {
      if (signal?.aborted || isCoreError(e, 'ABORTED')) throw cancelled(url);
      return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    } finally {
      reader.releaseLock();
    }
  }
  return { status: 'ok', commitment: encodeBlake3Commitment({ hash: hasher.digest(), size: BigInt(done) }) };
}
