/**
 * The answer worker boots while the registry is still answering a call whose answer grows with
 * it (`package.index`): the client calls the checker's `prepare` before it sends the request,
 * so the first chunks of a large index find a worker ready. Unused, the worker ends like an
 * idle one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegistryClient } from '../core/rpc/client.ts';
import { answerHandler, type AnswerCancel, type AnswerMessage, type AnswerRequest } from './answer-protocol.ts';
import { createAnswerChecker, type AnswerEndpoint } from './answer-client.ts';
import type { AnswerChunk } from './chunk-stream.ts';

/** A worker stand-in running the real handler; counts how many were made and ended. */
class CountedWorker implements AnswerEndpoint {
  static made = 0;
  onmessage: ((ev: MessageEvent<AnswerMessage>) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null = null;
  terminated = false;
  private handle = answerHandler((res) => this.onmessage?.(new MessageEvent('message', { data: structuredClone(res) })));
  constructor() {
    CountedWorker.made += 1;
    queueMicrotask(() => this.onmessage?.(new MessageEvent('message', { data: { ready: true } })));
  }
  postMessage(msg: AnswerRequest | AnswerChunk | AnswerCancel): void {
    const copy = structuredClone(msg);
    setTimeout(() => this.handle(copy));
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  CountedWorker.made = 0;
});

describe('prepare', () => {
  it('boots the worker before package.index is sent, and not before other calls', async () => {
    const workers: CountedWorker[] = [];
    const check = createAnswerChecker(() => {
      const w = new CountedWorker();
      workers.push(w);
      return w;
    });
    const made: number[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      made.push(CountedWorker.made);
      const text = typeof init.body === 'string' ? init.body : new TextDecoder().decode(init.body as Uint8Array);
      const { method } = JSON.parse(text) as { method: string };
      const result = method === 'info' ? { name: 'R', icon: null, categories: {} } : { categories: {}, packages: {} };
      return new Response(JSON.stringify({ jsonrpc: '2.0', id: 1, result }), { headers: { 'content-type': 'application/json' } });
    });
    const client = createRegistryClient({ url: 'http://registry.test', checkLargeAnswer: check });
    await client.api.info.get({ anonymous: true });
    expect(made).toEqual([0]);
    await client.api.package.index({ anonymous: true });
    expect(made).toEqual([0, 1]);
    expect(workers).toHaveLength(1);
  });

  it('ends an unused prepared worker after the idle time, and reuses a live one', async () => {
    vi.useFakeTimers();
    const workers: CountedWorker[] = [];
    const check = createAnswerChecker(() => {
      const w = new CountedWorker();
      workers.push(w);
      return w;
    }, 1000);
    check.prepare?.();
    check.prepare?.();
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]!.terminated).toBe(true);
    check.prepare?.();
    expect(workers).toHaveLength(2);
  });
});
