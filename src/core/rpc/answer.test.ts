import { describe, expect, it } from 'vitest';
import { coreRejection } from '../testing/core-rejection.ts';
import { LARGE_ANSWER_BYTES, readAnswerText, streamsAnswer } from './answer.ts';

const chunks = (...parts: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      parts.forEach((p) => c.enqueue(p));
      c.close();
    },
  });

describe('streamsAnswer', () => {
  it('streams by Content-Length, or without one for answers that grow with the registry', () => {
    expect(streamsAnswer('info', String(LARGE_ANSWER_BYTES))).toBe(true);
    expect(streamsAnswer('package.index', String(LARGE_ANSWER_BYTES - 1))).toBe(false);
    expect(streamsAnswer('package.index', null)).toBe(true);
    expect(streamsAnswer('db.dump', '')).toBe(true);
    expect(streamsAnswer('info', null)).toBe(false);
    expect(streamsAnswer('info', 'nonsense')).toBe(false);
  });
});

describe('readAnswerText', () => {
  it('decodes characters split across chunks, and invalid bytes as U+FFFD, like Response.text()', async () => {
    const bytes = new TextEncoder().encode('"ünïcødé ✓"');
    const split = chunks(bytes.slice(0, 2), bytes.slice(2, 9), bytes.slice(9), new Uint8Array([0xff]));
    expect(await readAnswerText('info', split)).toBe('"ünïcødé ✓"\uFFFD');
  });

  it('a broken stream is RPC_TRANSPORT; an aborted one is ABORTED and cancelled', async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (c) => c.error(new TypeError('reset')) });
    const e = await coreRejection(readAnswerText('info', broken));
    expect({ code: e.code, message: e.message }).toEqual({ code: 'RPC_TRANSPORT', message: 'info: connection lost while reading the answer (reset)' });
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
    const abort = new AbortController();
    const read = readAnswerText('info', endless, abort.signal);
    abort.abort();
    expect((await coreRejection(read)).code).toBe('ABORTED');
    expect(cancelled).toBe(true);
  });
});
