/**
 * @module
 * Main-thread facade of the registry-answer worker (issue 11, item 6): `checkLargeAnswer` is
 * the registry client's `checkLargeAnswer` option. One module worker, started on the first
 * large answer and ended after 30 s without work. Where `Worker` is missing (unit tests in
 * Node) or the worker fails (it cannot load, it dies), answers are checked in-process instead,
 * so every call still ends with its result or its own CoreError.
 */
import { checkAnswerInput, type AnswerChecker, type AnswerInput } from '../core/rpc/answer.ts';
import { CoreError } from '../core/errors.ts';
import type { DigestListener } from '../core/rpc/answer-digest.ts';
import type { MethodName, ResultOf } from '../core/rpc/methods.ts';
import type { AnswerCancel, AnswerEarly, AnswerMessage, AnswerRequest } from './answer-protocol.ts';
import { pumpChunks, type AnswerChunk } from './chunk-stream.ts';
import { createJsonJoiner, type JsonJoiner } from './json-joiner.ts';
import { fromWireError } from './protocol.ts';

/** The part of `Worker` the checker uses. */
export interface AnswerEndpoint {
  postMessage(msg: AnswerRequest | AnswerChunk | AnswerCancel, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<AnswerMessage>) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null;
}

interface Pending {
  job: AnswerInput;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
  /** Joins the result's pieces as their batches arrive. */
  joiner?: JsonJoiner;
  /** Stops sending a streamed body's chunks. */
  stop?: AbortController;
}

/** `p`'s joiner, started on its first batch. */
const joinerOf = (p: Pending) => (p.joiner ??= createJsonJoiner());

/**
 * The listener called at most once: a job the worker gave up is checked again here, and its
 * digest may already have arrived.
 */
function once(listener: DigestListener | undefined): DigestListener | undefined {
  let called = false;
  return (
    listener &&
    ((digest) => {
      if (called) return;
      called = true;
      listener(digest);
    })
  );
}

/**
 * Hands the worker's digest or preview to the job's listener; a listener that throws does not
 * end the job.
 */
function deliver(p: Pending, early: AnswerEarly): void {
  try {
    if ('digest' in early) p.job.onDigest?.(early.digest);
    else p.job.onPreview?.(early.preview);
  } catch {
    // the caller's problem; its result still arrives
  }
}

const aborted = (job: AnswerInput) => new CoreError('ABORTED', `${job.method}: aborted`, { method: job.method });

/**
 * A checker over workers made by `create` (null: no workers here). A body already received is
 * copied to the worker, not transferred, so a worker that fails can hand the job back to this
 * thread; a stream is read here and sent as chunks (chunk-stream.ts) once the worker has said
 * it is ready, so a worker that cannot load leaves it here too.
 */
export function createAnswerChecker(create: () => AnswerEndpoint | null, idleMs = 30_000): AnswerChecker {
  let endpoint: AnswerEndpoint | null = null;
  let ready: Promise<boolean> = Promise.resolve(false);
  let setReady = (_: boolean) => {};
  let unavailable = false;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const inProcess = (p: Pending) => void checkAnswerInput(p.job).then(p.resolve, p.reject);
  const end = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    setReady(false);
    if (!endpoint) return;
    endpoint.onmessage = endpoint.onerror = endpoint.onmessageerror = null;
    endpoint.terminate();
    endpoint = null;
  };
  const settled = () => {
    if (pending.size === 0 && idleMs > 0 && endpoint) idleTimer = setTimeout(end, idleMs);
  };
  /** The worker cannot be used: end it and check its jobs here (a transferred stream is gone). */
  const fail = (ev: Event) => {
    ev.preventDefault();
    unavailable = true;
    end();
    const jobs = [...pending.values()];
    pending.clear();
    for (const p of jobs) {
      p.joiner?.cancel();
      p.stop?.abort();
      delete p.joiner;
      if (p.job.body instanceof ArrayBuffer) inProcess(p);
      else p.reject(new CoreError('WORKER_FAILED', `${p.job.method}: the answer worker failed while reading the answer`, { method: p.job.method }));
    }
  };
  const onMessage = (ev: MessageEvent<AnswerMessage>) => {
    const res = ev.data;
    if ('ready' in res) return setReady(true);
    const p = pending.get(res.id);
    if (!p) return;
    if ('digest' in res || 'preview' in res) return deliver(p, res);
    if ('part' in res) return joinerOf(p).push(res.part);
    pending.delete(res.id);
    if (res.ok) {
      joinerOf(p).push(res.pieces);
      joinerOf(p).end().then(p.resolve, p.reject);
    } else {
      p.joiner?.cancel();
      p.reject(fromWireError(res.error));
    }
    settled();
  };
  const worker = (): AnswerEndpoint | null => {
    if (unavailable) return null;
    if (!endpoint) {
      endpoint = create();
      if (!endpoint) {
        unavailable = true;
        return null;
      }
      ready = new Promise((resolve) => (setReady = resolve));
      endpoint.onmessage = onMessage;
      endpoint.onerror = fail;
      endpoint.onmessageerror = fail;
    }
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    return endpoint;
  };
  /** Posts `p` to the worker; false when it cannot go (then it is still this thread's). */
  const post = async (p: Pending): Promise<boolean> => {
    const { signal, onDigest, onPreview, body, ...job } = p.job;
    const stream = body instanceof ArrayBuffer ? null : body;
    const w = worker();
    if (!w || (stream && !(await ready)) || signal?.aborted || w !== endpoint) return false;
    const id = nextId++;
    try {
      const early = { ...(onDigest ? { digest: true } : {}), ...(onPreview ? { preview: true } : {}) };
      w.postMessage({ ...job, body: body instanceof ArrayBuffer ? body : null, id, ...early });
    } catch {
      return false;
    }
    pending.set(id, p);
    if (stream) {
      p.stop = new AbortController();
      void pumpChunks(id, stream, (msg, transfer) => w.postMessage(msg, transfer), p.stop.signal);
    }
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return;
        p.joiner?.cancel();
        p.stop?.abort();
        endpoint?.postMessage({ id, cancel: true });
        p.reject(aborted(p.job));
        settled();
      },
      { once: true },
    );
    return true;
  };

  const check = <M extends MethodName>(job: AnswerInput<M>) =>
    new Promise<ResultOf<M>>((resolve, reject) => {
      const p: Pending = { job: { ...job, onDigest: once(job.onDigest) }, resolve: (v) => resolve(v as ResultOf<M>), reject };
      void post(p).then((posted) => posted || inProcess(p));
    });
  /** Boots the worker ahead of an answer; unused, it ends after `idleMs` like an idle one. */
  const prepare = () => {
    if (worker() && pending.size === 0) settled();
  };
  return Object.assign(check, { prepare });
}

function createWorker(): AnswerEndpoint | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./answer-entry.ts', import.meta.url), {
    type: 'module',
    name: 'registry-answers',
  }) as unknown as AnswerEndpoint;
}

/**
 * Parses and checks a large registry answer in a module worker (in-process where there is
 * none); pass it as the registry client's `checkLargeAnswer`.
 * @throws CoreError `RPC_BAD_RESPONSE` (method, path of the first bad field) or `RPC_REMOTE`,
 * exactly as the in-process check.
 */
export const checkLargeAnswer: AnswerChecker = createAnswerChecker(createWorker);
