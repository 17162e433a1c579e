/**
 * @module
 * Main-thread side of the retention preview (issue 17 item 5, retention-protocol.ts). Planning
 * a large index takes hundreds of milliseconds (bench/retention/retention-preview.ts), so it
 * runs in one module worker: the index goes over in chunks of about `chunkVersions` versions
 * (only what planning reads: core `packageFacts`, about a tenth of the index), one chunk in
 * flight at a time, so no task on the page copies more than a chunk, and the
 * caller hears the progress after each. The worker starts on the first preview and ends after
 * 30 s without work. Where `Worker` is missing (unit tests in Node) or the worker fails (it
 * cannot load, it dies), the chunks left are planned here, one chunk per task.
 */
import { CoreError } from '../core/errors.ts';
import { mergePlans, packagesInOrder, planPackages, type RetentionPlan, type RetentionRules } from '../core/registry/retention.ts';
import { packageFacts, type PackageFacts } from '../core/registry/update-paths.ts';
import type { PackageIndex } from '../core/rpc/types.ts';
import { fromWireError } from './protocol.ts';
import type { RetentionRequest, RetentionResponse } from './retention-protocol.ts';

/** The part of `Worker` the planner uses. */
export interface RetentionEndpoint {
  postMessage(msg: RetentionRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<RetentionResponse>) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null;
}

export interface PlanOptions {
  /** Stops before the next chunk; the promise rejects with CoreError `ABORTED`. */
  signal?: AbortSignal;
  /** Called after each chunk with the packages planned so far and all of them. */
  onProgress?: (done: number, total: number) => void;
}

export type RetentionPlanner = (index: PackageIndex, rules: RetentionRules, options?: PlanOptions) => Promise<RetentionPlan>;

type Packages = [string, PackageFacts][];

/** Consecutive runs of `packages` of about `versions` versions each; a package is never split. */
export function chunksOf(packages: Packages, versions: number): Packages[] {
  const out: Packages[] = [];
  let current: Packages = [];
  let size = 0;
  for (const entry of packages) {
    current.push(entry);
    size += Object.keys(entry[1].versions).length;
    if (size >= versions) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A planner over workers made by `create` (null: no workers here). */
export function createRetentionPlanner(create: () => RetentionEndpoint | null, { chunkVersions = 200, idleMs = 30_000 } = {}): RetentionPlanner {
  let endpoint: RetentionEndpoint | null = null;
  let unavailable = false;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let running = 0;
  let nextId = 1;
  /** Chunks sent, by id; null: the worker failed before answering. */
  const waiting = new Map<number, (res: RetentionResponse | null) => void>();

  const end = () => {
    if (!endpoint) return;
    endpoint.onmessage = endpoint.onerror = endpoint.onmessageerror = null;
    endpoint.terminate();
    endpoint = null;
  };
  const fail = (ev: Event) => {
    ev.preventDefault();
    unavailable = true;
    end();
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  const worker = (): RetentionEndpoint | null => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    if (endpoint || unavailable) return endpoint;
    const created = create();
    unavailable = created === null;
    if (created) {
      created.onmessage = (ev) => {
        waiting.get(ev.data.id)?.(ev.data);
        waiting.delete(ev.data.id);
      };
      created.onerror = created.onmessageerror = fail;
    }
    endpoint = created;
    return endpoint;
  };
  /** One chunk's part of the plan: from the worker, or here in a task of its own. */
  const planChunk = async (packages: Packages, rules: RetentionRules): Promise<RetentionPlan> => {
    const w = worker();
    if (w) {
      const id = nextId++;
      const res = await new Promise<RetentionResponse | null>((resolve) => {
        waiting.set(id, resolve);
        try {
          w.postMessage({ id, packages: packages.map(([pid, pkg]) => [pid, packageFacts(pkg)]), rules });
        } catch {
          waiting.delete(id);
          resolve(null); // could not be copied to the worker: planned here
        }
      });
      if (res?.ok) return res.plan;
      if (res) throw fromWireError(res.error);
    }
    await nextTask();
    return planPackages(packages, rules);
  };

  return async (index, rules, { signal, onProgress } = {}) => {
    const packages = packagesInOrder(index);
    const parts: RetentionPlan[] = [];
    let done = 0;
    running += 1;
    try {
      for (const chunk of chunksOf(packages, chunkVersions)) {
        if (signal?.aborted) throw new CoreError('ABORTED', 'retention preview: aborted', {});
        parts.push(await planChunk(chunk, rules));
        done += chunk.length;
        onProgress?.(done, packages.length);
      }
    } finally {
      running -= 1;
      if (running === 0 && endpoint && idleMs > 0) idleTimer = setTimeout(end, idleMs);
    }
    return mergePlans(parts);
  };
}

function createWorker(): RetentionEndpoint | null {
  if (typeof Worker === 'undefined') return null;
  // a Worker's `onerror` takes an ErrorEvent; the planner reads nothing beyond Event (as answer-client.ts)
  return new Worker(new URL('./retention-entry.ts', import.meta.url), { type: 'module', name: 'retention-preview' }) as unknown as RetentionEndpoint;
}

/**
 * The retention plan of `index` under `rules`, worked out in a module worker (here, a chunk
 * per task, where there is none); the same plan as `planRetention`.
 * @throws CoreError `ABORTED` when `signal` aborts; `EXVER_SYNTAX` for a bad `notNewestFromOs`.
 */
export const planRetentionOffThread: RetentionPlanner = createRetentionPlanner(createWorker);
