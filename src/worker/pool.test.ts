// WorkerPool semantics with scripted endpoints: size limit, FIFO queue, one file per worker,
// cancel of queued and running jobs, crashes and idle retirement.
import { describe, it, expect, vi } from 'vitest';
import { isCoreError } from '../core/errors.ts';
import { WorkerPool, type WorkerEndpoint } from './pool.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

interface Fake extends WorkerEndpoint {
  received: WorkerRequest[];
  terminated: boolean;
  reply(res: WorkerResponse): void;
}

function fakes() {
  const made: Fake[] = [];
  const create = (): WorkerEndpoint => {
    const f: Fake = {
      received: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage: (req) => void f.received.push(req),
      terminate: () => void (f.terminated = true),
      reply: (res) => f.onmessage?.({ data: res } as MessageEvent<WorkerResponse>),
    };
    made.push(f);
    return f;
  };
  return { made, create };
}

const file = new Blob(['x']);
const idOf = (r: WorkerRequest | undefined) => r!.id;
const value = { id: 'p' } as never;

describe('WorkerPool', () => {
  it('uses at most `size` workers, one job each, and queues the rest in order', async () => {
    const { made, create } = fakes();
    const pool = new WorkerPool({ size: 2, create, idleMs: 0 });
    const a = pool.run({ op: 'inspect', file });
    const b = pool.run({ op: 'verify', file });
    const c = pool.run({ op: 'inspect', file });
    expect(made).toHaveLength(2);
    expect(made.map((f) => f.received.length)).toEqual([1, 1]);
    made[1]!.reply({ id: idOf(made[1]!.received[0]), ok: true, value });
    await expect(b).resolves.toBe(value);
    expect(made[1]!.received[1]).toMatchObject({ op: 'inspect' }); // c went to the freed worker
    made[0]!.reply({ id: idOf(made[0]!.received[0]), ok: true, value });
    made[1]!.reply({ id: idOf(made[1]!.received[1]), ok: true, value });
    await expect(Promise.all([a, c])).resolves.toEqual([value, value]);
    expect(made).toHaveLength(2);
  });

  it('forwards progress and rebuilds CoreErrors', async () => {
    const { made, create } = fakes();
    const pool = new WorkerPool({ size: 1, create, idleMs: 0 });
    const seen: unknown[] = [];
    const p = pool.run({ op: 'verify', file }, { onProgress: (x) => seen.push(x) });
    const id = idOf(made[0]!.received[0]);
    made[0]!.reply({ id, progress: { done: 1, total: 2 } });
    made[0]!.reply({
      id,
      ok: false,
      error: { code: 'S9PK_HASH_MISMATCH', message: 'm', detail: { path: 'a' } },
    });
    const err = await p.catch((e: unknown) => e);
    expect(isCoreError(err, 'S9PK_HASH_MISMATCH')).toBe(true);
    expect(seen).toEqual([{ done: 1, total: 2 }]);
  });

  it('cancels a queued job without touching a worker', async () => {
    const { made, create } = fakes();
    const pool = new WorkerPool({ size: 1, create, idleMs: 0 });
    void pool.run({ op: 'verify', file });
    const ctl = new AbortController();
    const queued = pool.run({ op: 'verify', file }, { signal: ctl.signal });
    ctl.abort();
    await expect(queued).rejects.toMatchObject({ code: 'ABORTED' });
    expect(made[0]!.received).toHaveLength(1);
  });

  it('cancels a running job: posts cancel, rejects at once, keeps the worker until it answers', async () => {
    const { made, create } = fakes();
    const pool = new WorkerPool({ size: 1, create, idleMs: 0 });
    const ctl = new AbortController();
    const running = pool.run({ op: 'verify', file }, { signal: ctl.signal });
    const next = pool.run({ op: 'inspect', file });
    const id = idOf(made[0]!.received[0]);
    ctl.abort();
    await expect(running).rejects.toMatchObject({ code: 'ABORTED' });
    expect(made[0]!.received[1]).toEqual({ op: 'cancel', id });
    expect(made[0]!.received).toHaveLength(2); // `next` waits: one file per worker
    made[0]!.reply({ id, ok: false, error: { code: 'ABORTED', message: 'x', detail: {} } });
    expect(made[0]!.received[2]).toMatchObject({ op: 'inspect' });
    made[0]!.reply({ id: idOf(made[0]!.received[2]), ok: true, value });
    await expect(next).resolves.toBe(value);
  });

  it('fails the job of a crashed worker and replaces the worker', async () => {
    const { made, create } = fakes();
    const pool = new WorkerPool({ size: 1, create, idleMs: 0 });
    const p = pool.run({ op: 'verify', file });
    made[0]!.onerror?.(Object.assign(new Event('error'), { message: 'boom' }));
    await expect(p).rejects.toMatchObject({ code: 'WORKER_FAILED', detail: { worker: 'failed' } });
    expect(made[0]!.terminated).toBe(true);
    void pool.run({ op: 'inspect', file });
    expect(made).toHaveLength(2);
  });

  it('prewarm starts `size` workers that retire when left idle', () => {
    vi.useFakeTimers();
    try {
      const { made, create } = fakes();
      const pool = new WorkerPool({ size: 2, create, idleMs: 1000 });
      pool.prewarm();
      pool.prewarm();
      expect(made).toHaveLength(2);
      vi.advanceTimersByTime(1000);
      expect(made.every((f) => f.terminated)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retires idle workers after idleMs and on dispose', async () => {
    vi.useFakeTimers();
    try {
      const { made, create } = fakes();
      const pool = new WorkerPool({ size: 1, create, idleMs: 1000 });
      const p = pool.run({ op: 'inspect', file });
      made[0]!.reply({ id: idOf(made[0]!.received[0]), ok: true, value });
      await p;
      vi.advanceTimersByTime(999);
      expect(pool.workerCount).toBe(1);
      vi.advanceTimersByTime(1);
      expect(made[0]!.terminated).toBe(true);
      expect(pool.workerCount).toBe(0);
      const q = pool.run({ op: 'inspect', file });
      pool.dispose();
      await expect(q).rejects.toMatchObject({ code: 'ABORTED' });
      expect(made[1]!.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
