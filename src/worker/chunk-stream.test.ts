import { describe, expect, it, vi } from 'vitest';
import { readAnswerText } from '../core/rpc/answer.ts';
import { coreRejection } from '../core/testing/core-rejection.ts';
import { createChunkStreams, pumpChunks, type AnswerChunk } from './chunk-stream.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A body that yields `parts`, then ends (or, with `fail`, errors). */
function body(parts: Uint8Array[], fail?: Error) {
  let at = 0;
  const cancelled = vi.fn();
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at < parts.length) c.enqueue(parts[at++]!);
      else if (fail) c.error(fail);
      else c.close();
    },
    cancel: cancelled,
  });
  return { stream, cancelled };
}

/** Pumps `stream` straight into a worker-side stream, messages through structured clone. */
function across(stream: ReadableStream<Uint8Array>, stop = new AbortController()) {
  const streams = createChunkStreams();
  const received = streams.open(1);
  const sent: AnswerChunk[] = [];
  const done = pumpChunks(1, stream, (msg) => {
    sent.push(msg);
    streams.push(structuredClone(msg));
  }, stop.signal);
  return { received, sent, done, streams };
}

describe('chunk streams (a streamed answer body sent to the worker)', () => {
  it('arrives whole and in order, multi-byte characters split across chunks included', async () => {
    const all = bytes('{"a":"żółw 🐢","b":[1,2,3]}');
    const parts = [all.subarray(0, 7), all.subarray(7, 9), all.subarray(9)]; // views of one buffer
    const { received, sent, done } = across(body(parts).stream);
    expect(await readAnswerText('info', received)).toBe('{"a":"żółw 🐢","b":[1,2,3]}');
    await done;
    expect(sent.map((m) => ('chunk' in m ? m.chunk.byteLength : m))).toEqual([7, 2, all.length - 9, { id: 1, end: true }]);
  });

  it('transfers whole chunks without copying and copies views of part of a buffer', async () => {
    const whole = bytes('abc');
    const transferred: Transferable[][] = [];
    await pumpChunks(1, body([whole]).stream, (_, t) => transferred.push(t), new AbortController().signal);
    expect(transferred[0]).toEqual([whole.buffer]);
  });

  it('a read that fails reaches the worker as the connection lost', async () => {
    const { received, sent } = across(body([bytes('{"a":')], new TypeError('network error')).stream);
    const e = await coreRejection(readAnswerText('package.index', received));
    expect(e.code).toBe('RPC_TRANSPORT');
    expect(e.message).toContain('network error');
    expect(sent.at(-1)).toEqual({ id: 1, failed: 'network error' });
  });

  it('stopping cancels the page body and posts nothing more', async () => {
    let release = () => {};
    const cancelled = vi.fn();
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes('{'));
        release = () => c.enqueue(bytes('"late"'));
      },
      cancel: cancelled,
    });
    const stop = new AbortController();
    const { sent, done } = across(stream, stop);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    release(); // read, but the stop comes before the pump sees it
    stop.abort();
    await done;
    expect(sent).toHaveLength(1);
    expect(cancelled).toHaveBeenCalled();
  });

  it('the worker cancelling its read forgets the body; chunks for unknown or ended bodies are dropped', async () => {
    const streams = createChunkStreams();
    const received = streams.open(4);
    streams.push({ id: 9, chunk: bytes('stranger').buffer });
    streams.push({ id: 4, chunk: bytes('ok').buffer });
    streams.push({ id: 4, end: true });
    streams.push({ id: 4, chunk: bytes('after the end').buffer });
    expect(await readAnswerText('info', received)).toBe('ok');
    const abort = new AbortController();
    const cancelled = streams.open(5);
    const reading = readAnswerText('info', cancelled, abort.signal);
    abort.abort();
    expect((await coreRejection(reading)).code).toBe('ABORTED');
    expect(() => streams.push({ id: 5, chunk: bytes('x').buffer })).not.toThrow();
  });
});
