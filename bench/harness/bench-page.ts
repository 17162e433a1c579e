/**
 * @module
 * Benchmark page for bench/run.ts: the real worker client (src/worker/client.ts) on the
 * dropped file, a bench worker for raw read and hash configurations, a large registry answer
 * checked in-process or in the answer worker, and main-thread long-task and heartbeat monitoring. Not product code.
 */
import {
  disposeS9pkWorkers,
  hashBlake3File,
  inspectS9pk,
  prewarmS9pkWorkers,
  verifyS9pk,
  type InspectResult,
} from '../../src/worker/client.ts';
import { createRegistryClient } from '../../src/core/rpc/client.ts';
import { checkLargeAnswer } from '../../src/worker/client.ts';
import type { AnswerChecker } from '../../src/core/rpc/answer.ts';

export type LargeAnswerMode =
  'receive-only' | 'in-process' | 'worker-received-here' | 'worker-streamed';

/** The answer worker as before streaming: the body is received on this thread, then copied. */
const receivedHere: AnswerChecker = async (job) =>
  checkLargeAnswer(
    job.body instanceof ArrayBuffer
      ? job
      : { ...job, body: await new Response(job.body).arrayBuffer() },
  );
import type { BenchResult, BenchTask } from './bench-worker.ts';
import { heartbeat } from '../../e2e/worker-harness/heartbeat.ts';

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

/** Time, main-thread heartbeat and long tasks while `p` runs. */
async function watch<T>(p: () => Promise<T>) {
  const t0 = performance.now();
  const { result: value, maxGap } = await heartbeat(p);
  const ms = performance.now() - t0;
  const tasks = longTasks.filter((t) => t.start + t.duration >= t0);
  return { value, ms, maxGap, longTasks: tasks };
}

const file = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.files![0]!;

// Drop-to-facts: inspect starts on the input's change event, as a drop zone would.
let dropped: { ms: number; title: string; iconBytes: number } | { error: string } | null = null;
document.querySelector<HTMLInputElement>('#drop')!.addEventListener('change', (ev) => {
  const t0 = ev.timeStamp;
  dropped = null;
  if (!document.querySelector<HTMLInputElement>('#drop')!.files?.length) return;
  inspectS9pk(file('drop')).then(
    (r: InspectResult) => {
      dropped = {
        ms: performance.now() - t0,
        title: r.title,
        iconBytes: r.icon?.dataUrl.length ?? 0,
      };
    },
    (e: unknown) => {
      dropped = { error: String(e) };
    },
  );
});

let worker: Worker | null = null;

const bench = {
  dropped: () => dropped,
  prewarm: () => prewarmS9pkWorkers(),
  /** Warms the pool (worker start + WASM compile) with an inspect of #file. */
  warm: () => inspectS9pk(file('file')).then((r) => r.id),
  gc: () => (globalThis as { gc?: () => void }).gc?.(),
  /** Inspect of #hostile (bench/hostile-drops.ts): what came back, and the main thread meanwhile. */
  inspectHostile: () =>
    watch(() =>
      inspectS9pk(file('hostile')).then(
        (r) => `inspected, ${Object.keys(r.dependencies).length} dependencies`,
        (e: unknown) => `refused: ${e instanceof Error ? e.message : String(e)}`,
      ),
    ),
  verify: () =>
    watch(() =>
      verifyS9pk(file('file'), { onProgress: () => undefined }).then((v) => ({
        bytes: v.bytes,
        hasher: v.hasher,
        complete: v.complete,
      })),
    ),
  /** The whole-file BLAKE3 commitment of #file through the worker pool (OS image assets). */
  blake3: () =>
    watch(() =>
      hashBlake3File(file('file'), { onProgress: () => undefined }).then((r) => ({
        bytes: r.commitment.size,
        hasher: r.hasher,
      })),
    ),
  task: (spec: BenchTask) =>
    watch(
      () =>
        new Promise<BenchResult>((resolve, reject) => {
          worker ??= new Worker(new URL('./bench-worker.ts', import.meta.url), { type: 'module' });
          worker.onmessage = (
            ev: MessageEvent<{ ok: boolean; result: BenchResult; error: string }>,
          ) => (ev.data.ok ? resolve(ev.data.result) : reject(new Error(ev.data.error)));
          worker.postMessage({ file: file('file'), spec });
        }),
    ),
  /**
   * `package.index` answered with bench/large-answer.ts's file over the network, checked on
   * this thread (`in-process`), by the answer worker after this thread received it
   * (`worker-received-here`, the client before streaming) or streamed to the answer worker
   * (`worker-streamed`, as the console's client does); `receive-only` reads the same body here
   * and does nothing with it.
   */
  largeAnswer: (mode: LargeAnswerMode) => {
    const receive = () => fetch('./large-index-answer.json', { cache: 'no-store' });
    if (mode === 'receive-only')
      return watch(() =>
        receive()
          .then((r) => r.arrayBuffer())
          .then(() => -1),
      );
    const client = createRegistryClient({
      url: location.origin,
      fetch: receive,
      checkLargeAnswer:
        mode === 'in-process'
          ? undefined
          : mode === 'worker-received-here'
            ? receivedHere
            : checkLargeAnswer,
    });
    return watch(() => client.api.package.index().then((r) => Object.keys(r.packages).length));
  },
  endWorkers: () => {
    worker?.terminate();
    worker = null;
    disposeS9pkWorkers();
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.title = 'ready';
