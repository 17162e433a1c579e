import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoreError } from '../core/errors.ts';
import { coreRejection } from '../core/testing/core-rejection.ts';
import { LARGE_ANSWER_BYTES } from '../core/rpc/answer.ts';
import { createRegistryClient } from '../core/rpc/client.ts';
import { answerBody, largePackageIndex } from '../core/testing/large-index.ts';
import { digestIndex } from '../core/registry/package-digest.ts';
import { createAnswerChecker, type AnswerEndpoint } from './answer-client.ts';
import { answerHandler, type AnswerCancel, type AnswerMessage, type AnswerRequest } from './answer-protocol.ts';
import type { AnswerChunk } from './chunk-stream.ts';

/**
 * A worker stand-in running the real worker handler: messages cross through structured clone,
 * as they do between threads; a transferred stream crosses as itself. It says it is ready
 * once "loaded", unless `loads` is false (then it fails as a worker that cannot load does).
 */
class FakeWorker implements AnswerEndpoint {
  onmessage: ((ev: MessageEvent<AnswerMessage>) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null = null;
  received: (AnswerRequest | AnswerChunk | AnswerCancel)[] = [];
  terminated = false;
  crash = false;
  private handle = answerHandler((res) => this.onmessage?.(new MessageEvent('message', { data: structuredClone(res) })));
  constructor(loads = true) {
    setTimeout(() => {
      if (loads) this.onmessage?.(new MessageEvent('message', { data: { ready: true } }));
      else this.onerror?.(new Event('error', { cancelable: true }));
    });
  }
  postMessage(msg: AnswerRequest | AnswerChunk | AnswerCancel): void {
    const copy = structuredClone(msg);
    this.received.push(copy);
    setTimeout(() => {
      if (this.crash) this.onerror?.(new Event('error', { cancelable: true }));
      else this.handle(copy);
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
    expect(w.received.flatMap((r) => ('cancel' in r ? ['cancel'] : 'method' in r ? [r.method] : []))).toEqual(['package.index']);
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

/** A `package.index` answer arriving in chunks without a length, as a chunked or compressed answer does. */
function streamedAnswer(result: unknown, chunk = 4096) {
  const bytes = new Uint8Array(answerBody(result));
  let at = 0;
  const cancelled = vi.fn();
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, (at += chunk)));
    },
    cancel: cancelled,
  });
  return { stream, cancelled };
}

/** An answer whose body never ends. */
function endlessAnswer() {
  const cancelled = vi.fn();
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode('{"jsonrpc":"2.0","id":1,"result":{'));
    },
    cancel: cancelled,
  });
  return { stream, cancelled };
}

const clientOver = (w: FakeWorker | null, body: ReadableStream<Uint8Array>, timeoutMs?: number) => {
  vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/json' } }));
  return createRegistryClient({ url: 'http://registry.test', timeoutMs, checkLargeAnswer: createAnswerChecker(() => w) });
};

describe('streamed answers (Content-Length missing or large)', () => {
  const index = largePackageIndex(20, 3);

  it('sends the unread stream to the worker as chunks, which it reads, checks and returns', async () => {
    const w = new FakeWorker();
    const { stream } = streamedAnswer(index, 1000); // chunks split multi-byte characters
    expect(await clientOver(w, stream).api.package.index()).toEqual(index);
    const [req, ...chunks] = w.received;
    expect(req).toMatchObject({ method: 'package.index', body: null });
    expect(chunks.length).toBe(Math.ceil(answerBody(index).byteLength / 1000) + 1);
    expect(chunks.at(-1)).toEqual({ id: 1, end: true });
  });

  it('reads the stream here when the worker cannot load', async () => {
    const broken = new FakeWorker(false);
    expect(await clientOver(broken, streamedAnswer(index).stream).api.package.index()).toEqual(index);
    expect(broken.terminated).toBe(true);
    expect(await clientOver(null, streamedAnswer(index).stream).api.package.index()).toEqual(index);
  });

  it('names the first bad field of a streamed answer as the in-process check does', async () => {
    const bad = structuredClone(index);
    Reflect.set(bad.packages['pkg-7']!.versions['2.0.0:0']!, 'icon', 7);
    const viaWorker = await coreRejection(clientOver(new FakeWorker(), streamedAnswer(bad).stream).api.package.index());
    const inProcess = await coreRejection(clientOver(null, streamedAnswer(bad).stream).api.package.index());
    expect(viaWorker.detail).toMatchObject({ method: 'package.index', path: 'packages.pkg-7.versions.2.0.0:0.icon' });
    expect({ message: viaWorker.message, detail: viaWorker.detail }).toEqual({ message: inProcess.message, detail: inProcess.detail });
  });

  it('an aborted call cancels the worker job and the stream', async () => {
    const w = new FakeWorker();
    const { stream, cancelled } = endlessAnswer();
    const abort = new AbortController();
    const call = clientOver(w, stream).api.package.index({ signal: abort.signal });
    await vi.waitFor(() => expect(w.received[0]).toMatchObject({ method: 'package.index' }));
    abort.abort();
    expect((await coreRejection(call)).code).toBe('ABORTED');
    await vi.waitFor(() => expect(cancelled).toHaveBeenCalled());
    expect(w.received.at(-1)).toEqual({ id: 1, cancel: true });
  });

  it('the client timeout bounds a streamed answer, in the worker and here', async () => {
    for (const w of [new FakeWorker(), null]) {
      const { stream, cancelled } = endlessAnswer();
      expect((await coreRejection(clientOver(w, stream, 50).api.package.index())).code).toBe('RPC_TIMEOUT');
      await vi.waitFor(() => expect(cancelled).toHaveBeenCalled());
    }
  });
});

describe('the digest of a large package.index (issue 12 item 3)', () => {
  const index = largePackageIndex(20, 3);

  it('arrives from the worker once, checked, before the whole index', async () => {
    const w = new FakeWorker();
    const events: string[] = [];
    const digests: unknown[] = [];
    const call = clientOver(w, streamedAnswer(index).stream).api.package.index({
      onDigest: (d) => {
        events.push('digest');
        digests.push(d);
      },
    });
    const result = await call.then((r) => (events.push('index'), r));
    expect(result).toEqual(index);
    expect(events).toEqual(['digest', 'index']);
    expect(digests).toEqual([digestIndex(index)]);
    expect(w.received[0]).toMatchObject({ method: 'package.index', digest: true });
  });

  it('never comes from a hostile index: the check fails first', async () => {
    const bad = structuredClone(index);
    Reflect.set(bad.packages['pkg-3']!, 'versions', { '1.0.0:0': { title: 7 } });
    const onDigest = vi.fn();
    const e = await coreRejection(clientOver(new FakeWorker(), streamedAnswer(bad).stream).api.package.index({ onDigest }));
    expect(e.code).toBe('RPC_BAD_RESPONSE');
    expect(onDigest).not.toHaveBeenCalled();
  });

  it('is not computed when nobody asked for it', async () => {
    const w = new FakeWorker();
    expect(await clientOver(w, streamedAnswer(index).stream).api.package.index()).toEqual(index);
    expect(w.received[0]).not.toHaveProperty('digest');
  });
});

describe('previews of a streamed package.index (issue 12 item 3)', () => {
  const index = largePackageIndex(40, 3);

  it('arrive while it streams, checked, in order, none twice, all before the digest and the index', async () => {
    const w = new FakeWorker();
    const events: string[] = [];
    const previewed: string[] = [];
    const result = await clientOver(w, streamedAnswer(index, 2000).stream).api.package.index({
      onPreview: (packages) => {
        events.push('preview');
        previewed.push(...packages.map((p) => p.id));
        expect(packages).toEqual(digestIndex(index).packages.filter((d) => packages.some((p) => p.id === d.id)));
      },
      onDigest: () => events.push('digest'),
    });
    events.push('index');
    expect(result).toEqual(index);
    expect(previewed.length).toBeGreaterThan(0);
    expect(previewed).toEqual(Object.keys(index.packages).slice(0, previewed.length));
    expect(events.filter((e) => e === 'preview').length).toBeGreaterThan(1);
    expect(events.slice(-2)).toEqual(['digest', 'index']);
    expect(w.received[0]).toMatchObject({ method: 'package.index', preview: true, digest: true });
  });

  it('are followed by the error when the index fails later: the call withdraws them', async () => {
    const bad = structuredClone(index);
    Reflect.set(bad.packages['pkg-39']!, 'versions', { '1.0.0:0': { title: 7 } });
    const onPreview = vi.fn();
    const e = await coreRejection(clientOver(new FakeWorker(), streamedAnswer(bad, 2000).stream).api.package.index({ onPreview }));
    expect(e.code).toBe('RPC_BAD_RESPONSE');
    expect(onPreview).toHaveBeenCalled();
    expect(onPreview.mock.calls.flatMap(([packages]) => packages).map((p) => p.id)).not.toContain('pkg-39');
  });
});
