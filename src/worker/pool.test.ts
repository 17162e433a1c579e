// WorkerPool semantics with scripted endpoints: size limit, FIFO queue, one file per worker,
// cancel of queued and running jobs, crashes, silent workers and idle retirement.
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { isCoreError } from '../core/errors.ts';
import { WORKER_SILENCE_MS, WorkerPool, type WorkerEndpoint } from './pool.ts';
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

  describe('a worker that sends nothing', () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it(`is ended after ${WORKER_SILENCE_MS} ms by default, failing its job with WORKER_SILENT`, async () => {
      const { made, create } = fakes();
      const pool = new WorkerPool({ size: 2, create, idleMs: 0 });
      // Two files that hang their workers used to wedge the pool: the third waited forever.
      const hung = [pool.run({ op: 'inspect', file }), pool.run({ op: 'inspect', file })];
      const third = pool.run({ op: 'inspect', file });
      vi.advanceTimersByTime(WORKER_SILENCE_MS - 1);
      expect(made.map((f) => f.terminated)).toEqual([false, false]);
      vi.advanceTimersByTime(1);
      for (const p of hung) {
        await expect(p).rejects.toMatchObject({
          code: 'WORKER_SILENT',
          detail: { silentMs: WORKER_SILENCE_MS },
        });
      }
      expect(made.slice(0, 2).every((f) => f.terminated)).toBe(true);
      expect(made).toHaveLength(3); // a fresh worker took the third file
      made[2]!.reply({ id: idOf(made[2]!.received[0]), ok: true, value });
      await expect(third).resolves.toBe(value);
    });

    it('is not ended while it keeps sending progress; each message re-arms the timeout', async () => {
      const { made, create } = fakes();
      const pool = new WorkerPool({ size: 1, create, idleMs: 0, silenceMs: 1000 });
      const p = pool.run({ op: 'verify', file });
      const id = idOf(made[0]!.received[0]);
      for (let i = 0; i < 5; i++) {
        vi.advanceTimersByTime(900);
        made[0]!.reply({ id, progress: { done: i, total: 9 } });
      }
      expect(made[0]!.terminated).toBe(false);
      vi.advanceTimersByTime(1000);
      await expect(p).rejects.toMatchObject({ code: 'WORKER_SILENT', detail: { silentMs: 1000 } });
      expect(made[0]!.terminated).toBe(true);
    });

    it('frees the worker of a cancelled job that never answers', async () => {
      const { made, create } = fakes();
      const pool = new WorkerPool({ size: 1, create, idleMs: 0, silenceMs: 1000 });
      const ctl = new AbortController();
      const cancelled = pool.run({ op: 'verify', file }, { signal: ctl.signal });
      const next = pool.run({ op: 'inspect', file });
      ctl.abort();
      await expect(cancelled).rejects.toMatchObject({ code: 'ABORTED' });
      vi.advanceTimersByTime(1000);
      expect(made[0]!.terminated).toBe(true);
      made[1]!.reply({ id: idOf(made[1]!.received[0]), ok: true, value });
      await expect(next).resolves.toBe(value);
    });
  });

  it('fails a job whose request cannot be posted and moves on', async () => {
    const { made, create } = fakes();
    let throws = true;
    const pool = new WorkerPool({
      size: 1,
      idleMs: 0,
      create: () => {
        const f = create();
        const post = f.postMessage;
        f.postMessage = (req) => {
          if (throws) throw new DOMException('could not be cloned', 'DataCloneError');
          post(req);
        };
        return f;
      },
    });
    const bad = pool.run({ op: 'inspect', file });
    await expect(bad).rejects.toMatchObject({ code: 'WORKER_FAILED' });
    throws = false;
    const good = pool.run({ op: 'inspect', file });
    made[1]!.reply({ id: idOf(made[1]!.received[0]), ok: true, value });
    await expect(good).resolves.toBe(value);
  });
});
