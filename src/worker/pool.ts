/**
 * @module
 * A small pool of s9pk workers (../shared/design.md §2; excalidraw's WorkerPool idea): at most
 * `size` workers, one file per worker at a time, a FIFO queue, idle workers kept for reuse and
 * ended after `idleMs`. Cancelling posts `cancel` and rejects at once with CoreError `ABORTED`;
 * the worker stays reserved until it has answered that request, so it never runs two files.
 * A worker that sends nothing (no progress, no answer) for `silenceMs` while it holds a job is
 * ended and replaced, and the job fails with CoreError `WORKER_SILENT`, so one bad file can
 * never keep a worker (or, file after file, the whole pool) busy forever.
 */
import { CoreError } from '../core/errors.ts';
import {
  fromWireError,
  type OpResults,
  type Progress,
  type WorkerOp,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.ts';

/** The part of `Worker` the pool uses (a real Worker, or an in-process stand-in). */
export interface WorkerEndpoint {
  postMessage(req: WorkerRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => unknown) | null;
  onerror: ((ev: ErrorEvent | Event) => unknown) | null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null;
}

export interface PoolOptions {
  size: number;
  create: () => WorkerEndpoint;
  /** End a worker after this long without work (default 30 s; 0 = never). */
  idleMs?: number;
  /**
   * End a busy worker that sends no message for this long, failing its job with
   * `WORKER_SILENT` (default {@link WORKER_SILENCE_MS}; 0 = never).
   */
  silenceMs?: number;
}

/**
 * How long a busy worker may stay silent (30 s). Verification posts progress at least every
 * 64 MiB or so and inspect reads only kilobytes, so a healthy worker speaks far more often.
 */
export const WORKER_SILENCE_MS = 30_000;

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

interface Job {
  id: number;
  op: WorkerOp;
  options: RunOptions;
  settle: (outcome: { value: unknown } | { error: CoreError }) => void;
}

interface Slot {
  endpoint: WorkerEndpoint;
  job: Job | null;
  idleTimer: ReturnType<typeof setTimeout> | null;
  /** Armed while the worker holds a job; re-armed by each message it sends. */
  silenceTimer: ReturnType<typeof setTimeout> | null;
}

const aborted = () => new CoreError('ABORTED', 'operation aborted');
const workerFailed = (message: string) =>
  new CoreError('WORKER_FAILED', `the verification worker failed: ${message}`, {
    worker: 'failed',
    message,
  });

/** A pool of workers; see the module comment. */
export class WorkerPool {
  private readonly opts: PoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(opts: PoolOptions) {
    this.opts = opts;
  }

  /** Number of live workers (for tests and diagnostics). */
  get workerCount(): number {
    return this.slots.length;
  }

  /**
   * Runs `op` on a free worker (queued when all are busy).
   * @throws CoreError `ABORTED` when the signal fires; the operation's own CoreError otherwise.
   */
  run<K extends WorkerOp['op']>(
    op: Extract<WorkerOp, { op: K }>,
    options: RunOptions = {},
  ): Promise<OpResults[K]> {
    return new Promise<OpResults[K]>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(aborted());
      let done = false;
      const job: Job = {
        id: this.nextId++,
        op,
        options,
        settle: (outcome) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          if ('error' in outcome) reject(outcome.error);
          else resolve(outcome.value as OpResults[K]);
        },
      };
      const onAbort = () => this.cancel(job);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Starts all `size` workers now, so the first file does not wait for a worker to load. */
  prewarm(): void {
    for (let slot = this.spawn(); slot; slot = this.spawn()) this.idle(slot);
  }

  /** Ends every worker and rejects queued and running jobs with `ABORTED`. */
  dispose(): void {
    for (const job of this.queue.splice(0)) job.settle({ error: aborted() });
    for (const slot of this.slots.splice(0)) {
      slot.job?.settle({ error: aborted() });
      this.retire(slot);
    }
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    else this.slots.find((s) => s.job === job)?.endpoint.postMessage({ op: 'cancel', id: job.id });
    job.settle({ error: aborted() });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.job = job;
      this.listen(slot);
      try {
        slot.endpoint.postMessage({ ...job.op, id: job.id });
      } catch (e) {
        this.fail(slot, workerFailed(e instanceof Error ? e.message : String(e)));
      }
    }
  }

  /** (Re)arms the silence timer of a busy worker. */
  private listen(slot: Slot): void {
    if (slot.silenceTimer !== null) clearTimeout(slot.silenceTimer);
    slot.silenceTimer = null;
    const ms = this.opts.silenceMs ?? WORKER_SILENCE_MS;
    if (ms <= 0 || slot.job === null) return;
    slot.silenceTimer = setTimeout(() => {
      const error = new CoreError(
        'WORKER_SILENT',
        `the verification worker sent nothing for ${ms} ms and was stopped`,
        { silentMs: ms },
      );
      this.fail(slot, error);
    }, ms);
  }

  private spawn(): Slot | null {
    if (this.slots.length >= this.opts.size) return null;
    const slot: Slot = {
      endpoint: this.opts.create(),
      job: null,
      idleTimer: null,
      silenceTimer: null,
    };
    slot.endpoint.onmessage = (ev) => this.onResponse(slot, ev.data);
    slot.endpoint.onerror = (ev) => this.onCrash(slot, ev);
    slot.endpoint.onmessageerror = (ev) => this.onCrash(slot, ev);
    this.slots.push(slot);
    return slot;
  }

  private onResponse(slot: Slot, res: WorkerResponse): void {
    const job = slot.job;
    if (!job || res.id !== job.id) return;
    if ('progress' in res) {
      this.listen(slot);
      job.options.onProgress?.(res.progress);
      return;
    }
    job.settle(res.ok ? { value: res.value } : { error: fromWireError(res.error) });
    slot.job = null;
    this.listen(slot);
    this.pump();
    if (slot.job === null) this.idle(slot);
  }

  /** Arms the idle timer of a worker without a job. */
  private idle(slot: Slot): void {
    const ms = this.opts.idleMs ?? 30_000;
    if (ms > 0) slot.idleTimer = setTimeout(() => this.drop(slot), ms);
  }

  /** A worker that failed to load or died: fail its job, replace it on demand. */
  private onCrash(slot: Slot, ev: ErrorEvent | Event): void {
    ev.preventDefault();
    const message = 'message' in ev && typeof ev.message === 'string' ? ev.message : ev.type;
    this.fail(slot, workerFailed(message));
  }

  /** Fails the worker's job (if any), ends the worker and lets the queue move on. */
  private fail(slot: Slot, error: CoreError): void {
    slot.job?.settle({ error });
    slot.job = null;
    this.drop(slot);
    this.pump();
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    this.retire(slot);
  }

  private retire(slot: Slot): void {
    if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
    if (slot.silenceTimer !== null) clearTimeout(slot.silenceTimer);
    slot.idleTimer = null;
    slot.silenceTimer = null;
    slot.endpoint.onmessage = null;
    slot.endpoint.onerror = null;
    slot.endpoint.onmessageerror = null;
    slot.endpoint.terminate();
  }
}
