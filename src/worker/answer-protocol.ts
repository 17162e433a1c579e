/**
 * @module
 * Messages between the page and the registry-answer worker (issue 11, item 6): the page posts
 * an answer body with the call it answers; the worker replies with the checked result as JSON
 * pieces (json-pieces.ts) or the CoreError as plain data (style.md §2.3, §2.5), which the page rebuilds unchanged, so an
 * `RPC_BAD_RESPONSE` names the same method and field path as the in-process check.
 */
import { CoreError } from '../core/errors.ts';
import { checkAnswer, type AnswerJob } from '../core/rpc/answer.ts';
import { splitJson, type JsonPiece } from './json-pieces.ts';
import type { WireError } from './protocol.ts';

/** What the page posts: one answer to check. */
export type AnswerRequest = AnswerJob & { id: number };

/** What the worker posts back, exactly once per request: the checked result in pieces, or the error. */
export type AnswerResponse =
  | { id: number; ok: true; pieces: JsonPiece[] }
  | { id: number; ok: false; error: WireError };

/** A thrown value as plain data; CoreErrors keep code, message and detail. */
function answerError(e: unknown): WireError {
  if (e instanceof CoreError) return { code: e.code, message: e.message, detail: e.detail };
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 'WORKER_FAILED', message: `the answer worker failed: ${message}`, detail: { message } };
}

/** The worker's whole job: parse and check one answer (runs in the worker). */
export function answerRequest(req: AnswerRequest): AnswerResponse {
  try {
    return { id: req.id, ok: true, pieces: splitJson(checkAnswer(req)) };
  } catch (e) {
    return { id: req.id, ok: false, error: answerError(e) };
  }
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
