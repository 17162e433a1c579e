import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoreError } from '../core/errors.ts';
import { coreRejection } from '../core/testing/core-rejection.ts';
import { LARGE_ANSWER_BYTES } from '../core/rpc/answer.ts';
import { createRegistryClient } from '../core/rpc/client.ts';
import { answerBody, largePackageIndex } from '../core/testing/large-index.ts';
import { createAnswerChecker, type AnswerEndpoint } from './answer-client.ts';
import { answerRequest, type AnswerRequest, type AnswerResponse } from './answer-protocol.ts';

/** A worker stand-in: messages cross through structured clone, as they do between threads. */
class FakeWorker implements AnswerEndpoint {
  onmessage: ((ev: MessageEvent<AnswerResponse>) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null = null;
  received: AnswerRequest[] = [];
  terminated = false;
  crash = false;
  postMessage(req: AnswerRequest): void {
    const copy = structuredClone(req);
    this.received.push(copy);
    setTimeout(() => {
      if (this.crash) this.onerror?.(new Event('error', { cancelable: true }));
      else this.onmessage?.(new MessageEvent('message', { data: structuredClone(answerRequest(copy)) }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const job = (result: unknown) => ({ method: 'info' as const, params: {}, body: answerBody(result), contentType: 'application/json' });
const info = { name: 'R', icon: null, categories: {} };


afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createAnswerChecker', () => {
  it('checks in the worker; keys like __proto__ survive the trip as data', async () => {
    const w = new FakeWorker();
    const check = createAnswerChecker(() => w);
    const categories = JSON.parse('{"__proto__":{"name":"p"},"constructor":{"name":"c"}}');
    const value = await check(job({ ...info, categories }));
    expect(w.received).toHaveLength(1);
    expect(Object.hasOwn(value.categories, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value.categories)).toBe(Object.prototype);
    expect(Object.keys(value.categories)).toEqual(['__proto__', 'constructor']);
  });

  it('rebuilds the worker error as the CoreError the in-process check throws', async () => {
    const bad = job({ ...info, name: 42 });
    const viaWorker = await coreRejection(createAnswerChecker(() => new FakeWorker())(bad));
    const inProcess = await coreRejection(createAnswerChecker(() => null)(bad));
    expect(viaWorker).toBeInstanceOf(CoreError);
    expect(viaWorker.code).toBe('RPC_BAD_RESPONSE');
    expect(viaWorker.message).toBe('info: bad answer: name: expected string, got 42');
    expect({ message: viaWorker.message, detail: viaWorker.detail }).toEqual({ message: inProcess.message, detail: inProcess.detail });
  });

  it('falls back to this thread without workers (Node, jsdom)', async () => {
    const create = vi.fn(() => null);
    const check = createAnswerChecker(create);
    expect(await check(job(info))).toEqual(info);
    expect(await check(job(info))).toEqual(info);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('checks the jobs of a worker that fails here, and uses no worker afterwards', async () => {
    const w = new FakeWorker();
    w.crash = true;
    const create = vi.fn(() => w);
    const check = createAnswerChecker(create);
    expect(await check(job(info))).toEqual(info);
    expect(w.terminated).toBe(true);
    expect((await coreRejection(check(job({ ...info, icon: 5 })))).detail).toMatchObject({ method: 'info', path: 'icon' });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('ends an idle worker and starts a new one for the next answer', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const check = createAnswerChecker(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    }, 1000);
    const first = check(job(info));
    await vi.advanceTimersByTimeAsync(0);
    await first;
    await vi.advanceTimersByTimeAsync(1000);
    expect(workers[0]!.terminated).toBe(true);
    const second = check(job(info));
    await vi.advanceTimersByTimeAsync(0);
    expect(await second).toEqual(info);
    expect(workers).toHaveLength(2);
  });
});

describe('regression 11: a large bad answer fails as precisely through the worker path', () => {
  it('a 5 MiB package.index with one bad field: RPC_BAD_RESPONSE with method and path', async () => {
    const index = largePackageIndex(200, 10);
    Reflect.set(index.packages['pkg-199']!.versions['10.0.0:0']!, 's9pks', null);
    const body = answerBody(index);
    expect(body.byteLength).toBeGreaterThan(LARGE_ANSWER_BYTES);
    const w = new FakeWorker();
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/json' } }));
    const client = createRegistryClient({ url: 'http://registry.test', checkLargeAnswer: createAnswerChecker(() => w) });
    const e = await coreRejection(client.api.package.index());
    expect(w.received.map((r) => r.method)).toEqual(['package.index']);
    expect(e.code).toBe('RPC_BAD_RESPONSE');
    expect(e.detail).toMatchObject({ method: 'package.index', path: 'packages.pkg-199.versions.10.0.0:0.s9pks' });
  });

  it('small answers stay on this thread', async () => {
    const w = new FakeWorker();
    vi.stubGlobal('fetch', async () => new Response(answerBody(info)));
    const client = createRegistryClient({ url: 'http://registry.test', checkLargeAnswer: createAnswerChecker(() => w) });
    expect(await client.api.info.get()).toEqual(info);
    expect(w.received).toEqual([]);
  });
});
