import { afterEach, describe, expect, it, vi } from 'vitest';
import { dryRunInWorker } from './jq-client.ts';
import { jqRequest, type JqRequest } from './jq-protocol.ts';
import { registryDatabaseFixture } from '../core/testing/registry-database.ts';

const dump = registryDatabaseFixture(null);

/** A worker that never answers (a runaway filter), recording what happens to it. */
class SilentWorker {
  static made: SilentWorker[] = [];
  terminated = false;
  posted: JqRequest[] = [];
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  constructor() {
    SilentWorker.made.push(this);
  }
  postMessage(req: JqRequest) {
    this.posted.push(req);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  SilentWorker.made = [];
});

describe('dryRunInWorker', () => {
  it('says so where there is no Worker (a run in the page could not be stopped)', async () => {
    expect(await dryRunInWorker(dump, '.index.name = "X"')).toEqual({ kind: 'engine-failed', message: 'this browser has no Web Workers' });
  });

  it('the worker job dry-runs the expression', async () => {
    expect(await jqRequest({ id: 7, dump, expr: '.index.name = "X"' })).toMatchObject({ id: 7, ok: true, result: { kind: 'accepted', changes: [{ path: ['index', 'name'] }] } });
  });

  it('terminates a worker that runs past the time limit, and starts a fresh one for the next run', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    expect(await dryRunInWorker(dump, 'def f: f; f', { timeoutMs: 20 })).toEqual({ kind: 'timeout' });
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true]);
    const controller = new AbortController();
    const next = dryRunInWorker(dump, '.', { signal: controller.signal });
    controller.abort();
    expect(await next).toEqual({ kind: 'cancelled' });
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('keeps one worker for successive runs that answer', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    /** The only worker answers its latest request with an engine failure. */
    const fail = (message: string) => {
      for (const w of SilentWorker.made) w.onmessage?.(new MessageEvent('message', { data: { id: w.posted.at(-1)?.id, ok: false, message } }));
    };
    const first = dryRunInWorker(dump, '.');
    fail('out of memory');
    expect(await first).toEqual({ kind: 'engine-failed', message: 'out of memory' });
    const second = dryRunInWorker(dump, '.');
    fail('again');
    expect(await second).toEqual({ kind: 'engine-failed', message: 'again' });
    expect(SilentWorker.made).toHaveLength(1);
  });
});
