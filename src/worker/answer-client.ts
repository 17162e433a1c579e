/**
 * @module
 * Main-thread facade of the registry-answer worker (issue 11, item 6): `checkLargeAnswer` is
 * the registry client's `checkLargeAnswer` option. One module worker, started on the first
 * large answer and ended after 30 s without work. Where `Worker` is missing (unit tests in
 * Node) or the worker fails (it cannot load, it dies), answers are checked in-process instead,
 * so every call still ends with its result or its own CoreError.
 */
import { checkAnswer, type AnswerChecker, type AnswerJob } from '../core/rpc/answer.ts';
import type { MethodName, ResultOf } from '../core/rpc/methods.ts';
import type { AnswerRequest, AnswerResponse } from './answer-protocol.ts';
import { joinJson } from './json-pieces.ts';
import { fromWireError } from './protocol.ts';

/** The part of `Worker` the checker uses. */
export interface AnswerEndpoint {
  postMessage(req: AnswerRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<AnswerResponse>) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null;
}

interface Pending {
  job: AnswerJob;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * A checker over workers made by `create` (null: no workers here). The body is copied to the
 * worker, not transferred, so a worker that fails can hand its jobs back to this thread.
 */
export function createAnswerChecker(create: () => AnswerEndpoint | null, idleMs = 30_000): AnswerChecker {
  let endpoint: AnswerEndpoint | null = null;
  let unavailable = false;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const inProcess = (p: Pending) => {
    try {
      p.resolve(checkAnswer(p.job));
    } catch (e) {
      p.reject(e);
    }
  };
  const end = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    if (!endpoint) return;
    endpoint.onmessage = endpoint.onerror = endpoint.onmessageerror = null;
    endpoint.terminate();
    endpoint = null;
  };
  /** The worker cannot be used: end it and check its jobs here. */
  const fail = (ev: Event) => {
    ev.preventDefault();
    unavailable = true;
    end();
    const jobs = [...pending.values()];
    pending.clear();
    jobs.forEach(inProcess);
  };
  const onMessage = (ev: MessageEvent<AnswerResponse>) => {
    const res = ev.data;
    const p = pending.get(res.id);
    if (!p) return;
    pending.delete(res.id);
    if (res.ok) joinJson(res.pieces).then(p.resolve, p.reject);
    else p.reject(fromWireError(res.error));
    if (pending.size === 0 && idleMs > 0) idleTimer = setTimeout(end, idleMs);
  };
  const worker = (): AnswerEndpoint | null => {
    if (unavailable) return null;
    if (!endpoint) {
      endpoint = create();
      if (!endpoint) {
        unavailable = true;
        return null;
      }
      endpoint.onmessage = onMessage;
      endpoint.onerror = fail;
      endpoint.onmessageerror = fail;
    }
    return endpoint;
  };

  return <M extends MethodName>(job: AnswerJob<M>) =>
    new Promise<ResultOf<M>>((resolve, reject) => {
      const p: Pending = { job, resolve: (v) => resolve(v as ResultOf<M>), reject };
      const w = worker();
      if (!w) return inProcess(p);
      if (idleTimer !== null) clearTimeout(idleTimer);
      idleTimer = null;
      const id = nextId++;
      pending.set(id, p);
      try {
        w.postMessage({ ...job, id });
      } catch {
        pending.delete(id);
        inProcess(p);
      }
    });
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
