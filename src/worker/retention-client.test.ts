/**
 * The retention planner (retention-client.ts) against a worker stand-in that runs the real
 * worker side (retention-protocol.ts) with messages copied by structured clone: the same plan
 * as the one-shot core function, chunk by chunk with progress; planned here when there is no
 * worker or it fails; aborts between chunks; the worker's CoreError arrives unchanged.
 */
import { describe, expect, it } from 'vitest';
import { NO_RULES, planRetention } from '../core/registry/retention.ts';
import { coreRejection } from '../core/testing/core-rejection.ts';
import { largePackageIndex } from '../core/testing/large-index.ts';
import { chunksOf, createRetentionPlanner, type RetentionEndpoint } from './retention-client.ts';
import { retentionRequest, type RetentionRequest, type RetentionResponse } from './retention-protocol.ts';

class FakeWorker implements RetentionEndpoint {
  onmessage: ((ev: MessageEvent<RetentionResponse>) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null = null;
  received: RetentionRequest[] = [];
  terminated = false;
  /** Fails (as a worker that dies) on the request with this index. */
  crashAt = -1;
  postMessage(msg: RetentionRequest): void {
    const copy = structuredClone(msg);
    this.received.push(copy);
    const crash = this.received.length - 1 === this.crashAt;
    setTimeout(() => {
      if (crash) this.onerror?.(new Event('error', { cancelable: true }));
      else this.onmessage?.(new MessageEvent('message', { data: structuredClone(retentionRequest(copy)) }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

// 30 packages × 3 versions: chunks of 10 versions are 4 packages (12 versions), the last 2
const index = largePackageIndex(30, 3);
const rules = { ...NO_RULES, keepNewest: 1 };
const whole = planRetention(index, rules);

describe('chunksOf', () => {
  it('cuts after a chunk reaches the size, never inside a package', () => {
    const chunks = chunksOf(Object.entries(index.packages), 10);
    expect(chunks.map((c) => c.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 2]);
    expect(chunks.flat().map(([id]) => id)).toEqual(Object.keys(index.packages));
  });
});

describe('createRetentionPlanner', () => {
  it('plans in the worker chunk by chunk, with progress, and gives the one-shot plan', async () => {
    const w = new FakeWorker();
    const plan = createRetentionPlanner(() => w, { chunkVersions: 10 });
    const progress: [number, number][] = [];
    expect(await plan(index, rules, { onProgress: (done, total) => progress.push([done, total]) })).toEqual(whole);
    expect(whole.remove).toHaveLength(60);
    expect(w.received.map((r) => r.packages.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 2]);
    expect(progress).toEqual([4, 8, 12, 16, 20, 24, 28, 30].map((done) => [done, 30]));
    // only what planning reads crosses: no titles, icons, descriptions
    const sent = w.received[0]!.packages[0]![1].versions['1.0.0:0'];
    expect(Object.keys(sent ?? {}).sort()).toEqual(['osVersion', 's9pks']);
  });

  it('plans here where there is no worker', async () => {
    expect(await createRetentionPlanner(() => null, { chunkVersions: 10 })(index, rules)).toEqual(whole);
  });

  it('plans the chunks left here when the worker dies, and starts no other', async () => {
    const w = new FakeWorker();
    w.crashAt = 2;
    let created = 0;
    const plan = createRetentionPlanner(() => (created++, w), { chunkVersions: 10 });
    expect(await plan(index, rules)).toEqual(whole);
    expect(w.terminated).toBe(true);
    expect(w.received).toHaveLength(3);
    expect(await plan(index, rules)).toEqual(whole);
    expect(created).toBe(1);
  });

  it('stops between chunks when aborted', async () => {
    const w = new FakeWorker();
    const job = new AbortController();
    const plan = createRetentionPlanner(() => w, { chunkVersions: 10 });
    const e = await coreRejection(plan(index, rules, { signal: job.signal, onProgress: (done) => done === 8 && job.abort() }));
    expect(e.code).toBe('ABORTED');
    expect(w.received).toHaveLength(2);
  });

  it('passes the core error of a bad rule on unchanged', async () => {
    const bad = { ...NO_RULES, notNewestFromOs: 'not a version' };
    const viaWorker = await coreRejection(createRetentionPlanner(() => new FakeWorker())(index, bad));
    const here = await coreRejection(createRetentionPlanner(() => null)(index, bad));
    expect(viaWorker.code).toBe('EXVER_SYNTAX');
    expect({ code: viaWorker.code, message: viaWorker.message }).toEqual({ code: here.code, message: here.message });
  });

  it('ends an idle worker, and starts a fresh one for the next preview', async () => {
    const workers: FakeWorker[] = [];
    const plan = createRetentionPlanner(() => (workers.push(new FakeWorker()), workers.at(-1)!), { chunkVersions: 100, idleMs: 5 });
    await plan(index, rules);
    await expect.poll(() => workers[0]!.terminated).toBe(true);
    expect(await plan(index, rules)).toEqual(whole);
    expect(workers).toHaveLength(2);
  });
});
