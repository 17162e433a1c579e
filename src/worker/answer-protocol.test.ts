import { describe, expect, it, vi } from 'vitest';
import { isCoreError } from '../core/errors.ts';
import { checkAnswer } from '../core/rpc/answer.ts';
import { answerBody } from '../core/testing/large-index.ts';
import { largePackageIndex } from '../core/testing/large-index.ts';
import { joinJson, splitJson } from './json-pieces.ts';
import { answerRequest, postAnswer, type AnswerPart, type AnswerResponse } from './answer-protocol.ts';

const info = { name: 'R', icon: null, categories: {} };
const request = (body: ArrayBuffer) => ({ id: 7, method: 'info' as const, params: {}, body, contentType: 'application/json' });

/** What the in-process check throws for `body`. */
function inProcessError(body: ArrayBuffer) {
  try {
    checkAnswer(request(body));
  } catch (e) {
    if (isCoreError(e)) return { code: e.code, message: e.message, detail: e.detail };
  }
  throw new Error('expected the in-process check to fail');
}

describe('answerRequest (the worker side)', () => {
  it('replies with the checked result', async () => {
    const res = await answerRequest(request(answerBody({ ...info, extra: 1 })));
    expect(res).toEqual({ id: 7, ok: true, pieces: [{ path: [], json: JSON.stringify(info) }] });
  });

  it('replies with the same RPC_BAD_RESPONSE as the in-process check, path included', async () => {
    const body = answerBody({ ...info, name: { evil: true } });
    const res = await answerRequest(request(body));
    expect(res).toEqual({ id: 7, ok: false, error: inProcessError(body) });
    expect(res).toMatchObject({ error: { code: 'RPC_BAD_RESPONSE', detail: { method: 'info', path: 'name' } } });
  });

  it('replies with registry errors and bodies that are not JSON as the client would', async () => {
    const remote = new TextEncoder().encode('{"jsonrpc":"2.0","id":1,"error":{"code":6,"message":"Not Found"}}').buffer;
    expect(await answerRequest(request(remote))).toMatchObject({ ok: false, error: { code: 'RPC_REMOTE', detail: { code: 6 } } });
    const html = new TextEncoder().encode('<html>').buffer;
    expect(await answerRequest(request(html))).toEqual({ id: 7, ok: false, error: inProcessError(html) });
  });
});

describe('postAnswer', () => {
  it('sends a large result as parts in order, the last batch in the answer', async () => {
    const index = largePackageIndex(30, 4);
    const pieces = splitJson(index, 2_000);
    const sent: (AnswerResponse | AnswerPart)[] = [];
    postAnswer((m) => sent.push(m), { id: 5, ok: true, pieces }, 8_000);
    expect(sent.length).toBeGreaterThan(3);
    const parts = sent.slice(0, -1).flatMap((m) => ('part' in m ? [m] : []));
    expect(parts).toHaveLength(sent.length - 1);
    expect(sent.at(-1)).toMatchObject({ id: 5, ok: true });
    const last = sent.at(-1)!;
    const all = [...parts.flatMap((m) => m.part), ...('pieces' in last ? last.pieces : [])];
    expect(all).toEqual(pieces);
    expect(await joinJson(all)).toEqual(index);
  });

  it('sends an error and a small result as one message', () => {
    const sent: (AnswerResponse | AnswerPart)[] = [];
    postAnswer((m) => sent.push(m), { id: 1, ok: true, pieces: [{ path: [], json: '{}' }] });
    postAnswer((m) => sent.push(m), { id: 2, ok: false, error: { code: 'RPC_REMOTE', message: 'x', detail: {} } });
    expect(sent).toEqual([
      { id: 1, ok: true, pieces: [{ path: [], json: '{}' }] },
      { id: 2, ok: false, error: { code: 'RPC_REMOTE', message: 'x', detail: {} } },
    ]);
  });

  it('replaces a reply that cannot be sent with WORKER_REPLY_FAILED', () => {
    const sent: (AnswerResponse | AnswerPart)[] = [];
    const post = vi.fn((res: AnswerResponse | AnswerPart) => {
      if ('ok' in res && res.ok) throw new RangeError('Maximum call stack size exceeded');
      sent.push(res);
    });
    postAnswer(post, { id: 3, ok: true, pieces: [] });
    expect(sent).toEqual([{ id: 3, ok: false, error: expect.objectContaining({ code: 'WORKER_REPLY_FAILED' }) }]);
  });
});
