/**
 * @module
 * Test page for the s9pk worker client (e2e/worker.e2e.test.ts, bench/run.ts): exposes
 * `window.harness`, whose functions run `src/worker/client.ts` on the file of an
 * `<input type=file>` and return plain data, and checks a large registry answer in the answer
 * worker. It also records main-thread long tasks.
 */
import { CoreError } from '../../src/core/errors.ts';
import { heartbeat } from './heartbeat.ts';
import { answerBody, largePackageIndex } from '../../src/core/testing/large-index.ts';
import { patternBytes } from '../../src/core/testing/pattern-source.ts';
import { encodeBase64 } from '../../src/core/bytes/base64.ts';
import { blake3 } from '@noble/hashes/blake3.js';
import {
  checkLargeAnswer,
  disposeS9pkWorkers,
  hashBlake3File,
  inspectS9pk,
  prewarmS9pkWorkers,
  verifyS9pk,
  type InspectResult,
  type Progress,
  type VerifyResult,
} from '../../src/worker/client.ts';

/** A settled call: the value, or the error as plain data. */
export type Outcome<T> =
  | { ok: true; value: T; ms: number }
  | {
      ok: false;
      ms: number;
      error: { name: string; isCoreError: boolean; code: string; message: string; detail: unknown };
    };

/** A main-thread long task (> 50 ms) seen by PerformanceObserver. */
export interface LongTask {
  start: number;
  duration: number;
}

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

function fileOf(input: string): File {
  const f = document.querySelector<HTMLInputElement>(`#${input}`)?.files?.[0];
  if (!f) throw new Error(`no file in #${input}`);
  return f;
}

async function settle<T>(p: Promise<T>, t0: number): Promise<Outcome<T>> {
  try {
    const value = await p;
    return { ok: true, value, ms: performance.now() - t0 };
  } catch (e) {
    const ce = e instanceof CoreError ? e : null;
    return {
      ok: false,
      ms: performance.now() - t0,
      error: {
        name: e instanceof Error ? e.name : typeof e,
        isCoreError: ce !== null,
        code: ce?.code ?? '',
        message: e instanceof Error ? e.message : String(e),
        detail: ce?.detail ?? null,
      },
    };
  }
}

const harness = {
  now: () => performance.now(),
  longTasks: (since = 0) => longTasks.filter((t) => t.start + t.duration >= since),
  inspect: (input = 'a') => {
    const t0 = performance.now();
    return settle<InspectResult>(inspectS9pk(fileOf(input)), t0);
  },
  /** Verifies; returns the outcome, every progress event and the main thread's largest stall. */
  verify: async (input = 'a') => {
    const t0 = performance.now();
    const events: (Progress & { at: number })[] = [];
    const onProgress = (p: Progress) => events.push({ ...p, at: performance.now() - t0 });
    const { result, maxGap } = await heartbeat(() =>
      settle<VerifyResult>(verifyS9pk(fileOf(input), { onProgress }), t0),
    );
    return { outcome: result, events, maxGap, longTasks: harness.longTasks(t0) };
  },
  /**
   * Starts a verification and aborts it at the first progress event with `done >= afterBytes`
   * (0: as soon as hashing starts, which is mid-way on any machine).
   */
  verifyThenCancel: async (input = 'a', afterBytes = 0) => {
    const t0 = performance.now();
    const ctl = new AbortController();
    const events: Progress[] = [];
    let abortedAt = 0;
    // A task queued when aborting: the rejection is prompt when it comes before that task runs
    // (it does not wait for the worker). Unlike a time limit, this holds on a loaded machine.
    let taskAfterAbort = false;
    const outcome = await settle(
      verifyS9pk(fileOf(input), {
        signal: ctl.signal,
        onProgress: (p) => {
          events.push(p);
          if (p.done >= afterBytes && !ctl.signal.aborted) {
            abortedAt = performance.now();
            setTimeout(() => (taskAfterAbort = true), 0);
            ctl.abort();
          }
        },
      }),
      t0,
    );
    return { outcome, events, rejectMs: performance.now() - abortedAt, rejectedWithinTheAbortTask: !taskAfterAbort };
  },
  /** Several files at once through the pool. */
  verifyMany: async (inputs: string[]) => {
    const t0 = performance.now();
    return Promise.all(inputs.map((i) => settle(verifyS9pk(fileOf(i)), t0)));
  },
  /** The known-answer test inside a worker bundled like entry.ts. */
  kat: () =>
    new Promise<unknown>((resolve, reject) => {
      const w = new Worker(new URL('./kat-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (ev) => {
        resolve(ev.data);
        w.terminate();
      };
      w.onerror = (ev) => reject(new Error(ev.message));
    }),
  /**
   * A 2.4 MiB `package.index` checked by the answer worker (issue 11, item 6), received here
   * and copied, or `streamed` (the unread stream is sent as chunks, as the client does for an
   * answer with a large or missing Content-Length); `bad` puts a number where a version's icon
   * belongs. Returns the package count or the error.
   */
  largeAnswer: (bad: boolean, streamed = false) => {
    const index = largePackageIndex(100, 10);
    if (bad) Reflect.set(index.packages['pkg-42']!.versions['3.0.0:0']!, 'icon', 7);
    const body = answerBody(index);
    const job = { method: 'package.index' as const, params: {}, body: streamed ? new Blob([body]).stream() : body, contentType: 'application/json' };
    const t0 = performance.now();
    return settle(checkLargeAnswer(job).then((r) => Object.keys(r.packages).length), t0);
  },
  /** Whole-file BLAKE3 commitments through the pool against @noble/hashes, per size. */
  blake3Files: async (sizes: number[]) => {
    const results: { size: number; ok: boolean; hasher: string }[] = [];
    for (const size of sizes) {
      const bytes = patternBytes(0, size, 7);
      const r = await hashBlake3File(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const ok = r.commitment.size === size && r.commitment.hash === encodeBase64(blake3(bytes), { pad: false });
      results.push({ size, ok, hasher: r.hasher });
    }
    return results;
  },
  prewarm: () => prewarmS9pkWorkers(),
  dispose: () => disposeS9pkWorkers(),
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}
window.harness = harness;
document.title = 'ready';
