/**
 * @module
 * Main-thread side of the `db.apply` dry run (jq-protocol.ts): one module worker, created on the
 * first dry run (so jq-web and its 2.7 MB WebAssembly load only then) and kept for the next.
 * A run that takes longer than its time limit, or is cancelled, terminates the worker — the only
 * way to stop a runaway jq filter — and the next run starts a fresh one. There is no in-process
 * fallback: it could not be stopped, and importing the engine's modules here would put them
 * into the page's module graph (measured: the first download grew by 0.9 kB gzipped).
 */
import type { DryRunResult } from '../core/jq/dry-run.ts';
import type { JqRequest, JqResponse } from './jq-protocol.ts';

/** How long a dry run may take before its worker is terminated. */
export const DRY_RUN_TIMEOUT_MS = 15_000;

export type DryRunAnswer = DryRunResult | { kind: 'timeout' | 'cancelled' } | { kind: 'engine-failed'; message: string };

export interface DryRunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, (answer: DryRunAnswer) => void>();

const answerOf = (res: JqResponse): DryRunAnswer => (res.ok ? res.result : { kind: 'engine-failed', message: res.message });

/** Stops the worker; every run still waiting ends as `kind`. */
function stop(kind: 'timeout' | 'cancelled', id: number): void {
  worker?.terminate();
  worker = null;
  for (const [other, resolve] of waiting) resolve(other === id ? { kind } : { kind: 'cancelled' });
  waiting.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./jq-entry.ts', import.meta.url), { type: 'module', name: 'jq-dry-run' });
  created.onmessage = (ev: MessageEvent<JqResponse>) => {
    waiting.get(ev.data.id)?.(answerOf(ev.data));
    waiting.delete(ev.data.id);
  };
  created.onerror = (ev) => {
    ev.preventDefault();
    for (const resolve of waiting.values()) resolve({ kind: 'engine-failed', message: ev.message || 'the jq worker failed to start' });
    waiting.clear();
    created.terminate();
    if (worker === created) worker = null;
  };
  worker = created;
  return created;
}

/** Dry-runs `expr` on the `db.dump` value `dump` in the jq worker. Never rejects. */
export function dryRunInWorker(dump: unknown, expr: string, { signal, timeoutMs = DRY_RUN_TIMEOUT_MS }: DryRunOptions = {}): Promise<DryRunAnswer> {
  seq += 1;
  const req: JqRequest = { id: seq, dump, expr };
  if (signal?.aborted) return Promise.resolve({ kind: 'cancelled' });
  if (typeof Worker === 'undefined') return Promise.resolve({ kind: 'engine-failed', message: 'this browser has no Web Workers' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => stop('timeout', req.id), timeoutMs);
    const onAbort = () => stop('cancelled', req.id);
    signal?.addEventListener('abort', onAbort, { once: true });
    waiting.set(req.id, (answer) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(answer);
    });
    ensureWorker().postMessage(req);
  });
}
