import { describe, expect, it, vi } from 'vitest';
import { coreRejection } from '../core/testing/core-rejection.ts';
import { answerBody, largePackageIndex } from '../core/testing/large-index.ts';
import { createAnswerChecker, type AnswerEndpoint } from './answer-client.ts';
import { answerHandler, type AnswerCancel, type AnswerMessage, type AnswerRequest } from './answer-protocol.ts';
import { batchPieces, splitJson } from './json-pieces.ts';

/**
 * A worker stand-in that answers each request with the messages `script` returns for it, each
 * in its own task and through structured clone, as a worker's messages arrive on the page.
 */
class ScriptedWorker implements AnswerEndpoint {
  onmessage: ((ev: MessageEvent<AnswerMessage>) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  onmessageerror: ((ev: MessageEvent) => unknown) | null = null;
  received: (AnswerRequest | AnswerCancel)[] = [];
  delivered = 0;
  private script: (req: AnswerRequest, send: (m: AnswerMessage) => void) => void;
  constructor(script: (req: AnswerRequest, send: (m: AnswerMessage) => void) => void) {
    this.script = script;
    setTimeout(() => this.deliver({ ready: true }));
  }
  private deliver(m: AnswerMessage) {
    this.delivered += 1;
    this.onmessage?.(new MessageEvent('message', { data: structuredClone(m) }));
  }
  postMessage(msg: AnswerRequest | AnswerCancel): void {
    this.received.push(structuredClone(msg));
    if ('cancel' in msg) return;
    let at = 0;
    this.script(msg, (m) => void setTimeout(() => this.deliver(m), (at += 1)));
  }
  terminate(): void {}
}

const index = largePackageIndex(30, 4);
const job = (signal?: AbortSignal) => ({
  method: 'package.index' as const,
  params: {},
  body: answerBody(index),
  contentType: 'application/json',
  ...(signal ? { signal } : {}),
});
const batches = batchPieces(splitJson(index, 2_000), 8_000);

describe('a large result in parts (issue 12 item 3)', () => {
  it('arrives from the real worker handler in several parts and is rebuilt in order', async () => {
    let parts = 0;
    const w = new ScriptedWorker((req, send) =>
      answerHandler((m) => {
        if ('part' in m) parts += 1;
        send(m);
      }, 8_000)(req),
    );
    const value = await createAnswerChecker(() => w)(job());
    expect(parts).toBeGreaterThan(3);
    expect(value).toEqual(index);
    expect(Object.keys(value.packages)).toEqual(Object.keys(index.packages));
  });

  it('an abort between parts cancels the job; the parts still arriving are dropped', async () => {
    const abort = new AbortController();
    let rest = () => {};
    const w = new ScriptedWorker((req, send) => {
      send({ id: req.id, part: batches[0]! });
      rest = () => {
        for (const part of batches.slice(1, -1)) send({ id: req.id, part });
        send({ id: req.id, ok: true, pieces: batches.at(-1)! });
      };
    });
    const call = createAnswerChecker(() => w)(job(abort.signal));
    await vi.waitFor(() => expect(w.delivered).toBe(2)); // ready, the first part
    abort.abort();
    rest();
    expect((await coreRejection(call)).code).toBe('ABORTED');
    expect(w.received.at(-1)).toEqual({ id: 1, cancel: true });
    await vi.waitFor(() => expect(w.delivered).toBe(batches.length + 1));
  });

  it('a part that is not JSON fails the call with WORKER_FAILED', async () => {
    const w = new ScriptedWorker((req, send) => {
      send({ id: req.id, part: batches[0]! });
      send({ id: req.id, part: [{ path: ['packages', 'x'], json: '{"title":' }] });
      send({ id: req.id, ok: true, pieces: [] });
    });
    const e = await coreRejection(createAnswerChecker(() => w)(job()));
    expect(e.code).toBe('WORKER_FAILED');
  });

  it('parts of another job, or after the answer, do not touch the result', async () => {
    const w = new ScriptedWorker((req, send) => {
      send({ id: req.id + 100, part: [{ path: [], json: '"stranger"' }] });
      for (const part of batches.slice(0, -1)) send({ id: req.id, part });
      send({ id: req.id, ok: true, pieces: batches.at(-1)! });
      send({ id: req.id, part: [{ path: [], json: '"late"' }] });
    });
    expect(await createAnswerChecker(() => w)(job())).toEqual(index);
  });

  it('an error after some parts rejects with that error', async () => {
    const w = new ScriptedWorker((req, send) => {
      send({ id: req.id, part: batches[0]! });
      send({ id: req.id, ok: false, error: { code: 'WORKER_REPLY_FAILED', message: 'could not send', detail: {} } });
    });
    const e = await coreRejection(createAnswerChecker(() => w)(job()));
    expect(e.code).toBe('WORKER_REPLY_FAILED');
  });
});
