/**
 * @module
 * Sends the missing parts of a multipart upload, `concurrency` at a time: each lane takes the
 * next part, reads its bytes only then (so at most `concurrency` parts are held), retries a
 * failed part a bounded number of times with exponential backoff, and records it once stored.
 * The first part that fails for good (or the caller's signal) stops the others: their
 * requests are aborted, and the run settles only after every lane has, so nothing is recorded
 * after it returns. Parts may finish in any order.
 */
import { CoreError, isCoreError } from '../errors.ts';
import type { ProgressMeter } from './progress-meter.ts';

export interface PartJob {
  /** 1-based part number. */
  n: number;
  start: number;
  end: number;
}

export interface RetryPolicy {
  /** Further attempts after the first failure of a part. */
  retries: number;
  /** Delay before the first retry; doubled each time (with jitter), at most 30 s. */
  baseDelayMs: number;
}

/** Parts in flight at once unless told otherwise: hides round trips without crowding the link. */
export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 16;

/** A concurrency setting made whole and kept within 1…16 (the default when unset). */
export function clampConcurrency(n: number | undefined): number {
  return n === undefined || !Number.isFinite(n) ? DEFAULT_CONCURRENCY : Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(n)));
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 500 };

export interface RunPartsOptions {
  parts: PartJob[];
  concurrency: number;
  retry: RetryPolicy;
  signal?: AbortSignal;
  meter: ProgressMeter;
  /** Sends one part once; resolves with its ETag. */
  put: (job: PartJob, signal: AbortSignal, onSent: (loaded: number) => void) => Promise<string>;
  /** Records a stored part (persists the resume state). */
  record: (job: PartJob, etag: string) => Promise<void>;
}

/** Network failures, throttling and server errors are worth another attempt; refusals are not. */
export function isRetryable(e: unknown): boolean {
  if (isCoreError(e, 'S3_NETWORK')) return true;
  if (!isCoreError(e, 'S3_HTTP')) return false;
  const status = Number(e.detail.status);
  return status >= 500 || status === 429 || status === 408 || e.detail.s3Code === 'RequestTimeout';
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(t);
      reject(new CoreError('ABORTED', 'upload paused'));
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

async function sendWithRetry(o: RunPartsOptions, job: PartJob, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await o.put(job, signal, (loaded) => o.meter.sending(job.n, loaded));
    } catch (e) {
      o.meter.dropped(job.n);
      if (signal.aborted || isCoreError(e, 'ABORTED')) throw new CoreError('ABORTED', `part ${job.n}: paused`);
      if (!isRetryable(e) || attempt > o.retry.retries) {
        if (!isCoreError(e)) throw e;
        const tries = attempt > 1 ? ` (gave up after ${attempt} attempts)` : '';
        throw new CoreError(e.code, `${e.message}${tries}`, { ...e.detail, partNumber: job.n, attempts: attempt });
      }
      const backoff = Math.min(30_000, o.retry.baseDelayMs * 2 ** (attempt - 1));
      await delay(backoff / 2 + Math.random() * (backoff / 2), signal);
    }
  }
}

/**
 * Sends and records every part of `o.parts`.
 * @throws CoreError `ABORTED` when the caller's signal stopped it; otherwise the first part's
 *   final error (`S3_NETWORK`, `S3_HTTP`, `S3_BAD_RESPONSE`) with `partNumber` and `attempts`.
 */
export async function runParts(o: RunPartsOptions): Promise<void> {
  const inner = new AbortController();
  const stop = () => inner.abort();
  if (o.signal?.aborted) inner.abort();
  o.signal?.addEventListener('abort', stop, { once: true });
  let next = 0;
  let failure: unknown = null;
  const lane = async () => {
    while (!inner.signal.aborted && next < o.parts.length) {
      const job = o.parts[next++]!;
      try {
        const etag = await sendWithRetry(o, job, inner.signal);
        await o.record(job, etag);
        o.meter.stored(job.n, job.end - job.start);
      } catch (e) {
        // the first failure is the cause; the others are the aborts it caused
        if (failure === null) failure = e;
        inner.abort();
      }
    }
  };
  const lanes = Math.max(1, Math.min(o.concurrency, o.parts.length));
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    o.signal?.removeEventListener('abort', stop);
  }
  if (o.signal?.aborted) throw new CoreError('ABORTED', 'upload paused');
  if (failure !== null) throw failure;
}
