/**
 * @module
 * Messages between the page and the registry-answer worker (issue 11, item 6): the worker says
 * it is ready once loaded; the page posts an answer body (copied) or the answer's stream
 * (transferred, so it is received off the page) with the call it answers, and may cancel it;
 * the worker replies with the checked result as JSON
 * pieces (json-pieces.ts) or the CoreError as plain data (style.md §2.3, §2.5), which the page rebuilds unchanged, so an
 * `RPC_BAD_RESPONSE` names the same method and field path as the in-process check.
 */
import { CoreError } from '../core/errors.ts';
import { checkAnswerInput, type AnswerInput } from '../core/rpc/answer.ts';
import { splitJson, type JsonPiece } from './json-pieces.ts';
import type { WireError } from './protocol.ts';

/** What the page posts: one answer to check (a stream body is transferred), or the end of one. */
export type AnswerRequest = Omit<AnswerInput, 'signal'> & { id: number };
export interface AnswerCancel {
  id: number;
  cancel: true;
}

/**
 * What the worker posts: `ready` once, then exactly one answer per request that was not
 * cancelled: the checked result in pieces, or the error.
 */
export type AnswerResponse =
  | { id: number; ok: true; pieces: JsonPiece[] }
  | { id: number; ok: false; error: WireError };
export type AnswerMessage = AnswerResponse | { ready: true };

/** A thrown value as plain data; CoreErrors keep code, message and detail. */
function answerError(e: unknown): WireError {
  if (e instanceof CoreError) return { code: e.code, message: e.message, detail: e.detail };
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 'WORKER_FAILED', message: `the answer worker failed: ${message}`, detail: { message } };
}

/** The worker's job: read (if streamed), parse and check one answer (runs in the worker). */
export async function answerRequest(req: AnswerRequest, signal?: AbortSignal): Promise<AnswerResponse> {
  try {
    return { id: req.id, ok: true, pieces: splitJson(await checkAnswerInput({ ...req, signal })) };
  } catch (e) {
    return { id: req.id, ok: false, error: answerError(e) };
  }
}

/**
 * The worker's message handler: runs requests, cancels the stream of a cancelled one and
 * sends nothing for it.
 */
export function answerHandler(post: (res: AnswerResponse) => void): (msg: AnswerRequest | AnswerCancel) => void {
  const running = new Map<number, AbortController>();
  return (msg) => {
    if ('cancel' in msg) return running.get(msg.id)?.abort();
    const job = new AbortController();
    running.set(msg.id, job);
    void answerRequest(msg, job.signal).then((res) => {
      running.delete(msg.id);
      if (!job.signal.aborted) postAnswer(post, res);
    });
  };
}

/**
 * Sends `res`; a reply that cannot be sent (structured clone refuses it) becomes a
 * `WORKER_REPLY_FAILED` error, so the page always gets an answer.
 */
export function postAnswer(post: (res: AnswerResponse) => void, res: AnswerResponse): void {
  try {
    post(res);
  } catch (e) {
    const message = `could not send the answer: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    post({ id: res.id, ok: false, error: { code: 'WORKER_REPLY_FAILED', message, detail: {} } });
  }
}
