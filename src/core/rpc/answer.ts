/**
 * @module
 * From answer bytes to a checked result (spec/registry-api.md §1.3, §1.5; issue 11, item 6):
 * UTF-8 text, JSON, the JSON-RPC envelope, then the method's result schema. Pure, so the same
 * steps run on the main thread and in a worker (src/worker/answer-client.ts), with the same
 * errors either way.
 */
import { CoreError } from '../errors.ts';
import { decodeResponse } from './envelope.ts';
import type { MethodName, ParamsOf, ResultOf } from './methods.ts';
import { validateResult } from './validate-result.ts';

/**
 * Answers at least this long (1 MiB of body) are parsed and checked by the client's
 * `checkLargeAnswer` when it has one (a worker): a 24 MiB `package.index` (1000 packages × 10
 * versions) blocks the main thread for well over a second otherwise, while below this size the
 * message round trip costs more than it saves.
 */
export const LARGE_ANSWER_BYTES = 1 << 20;

/** One answer to check: the call it answers and the body as received. */
export interface AnswerJob<M extends MethodName = MethodName> {
  method: M;
  params: ParamsOf<M>;
  body: ArrayBuffer;
  contentType: string;
}

/** Checks an answer elsewhere; must resolve and reject exactly as {@link checkAnswer}. */
export type AnswerChecker = <M extends MethodName>(job: AnswerJob<M>) => Promise<ResultOf<M>>;

// Lossy like `Response.text()`: invalid sequences become U+FFFD and fail (if at all) as JSON.
const decoder = new TextDecoder();

/** Body bytes as text, as `Response.text()` would give them. */
export function answerText(body: ArrayBuffer): string {
  return decoder.decode(body);
}

/**
 * The `result` of a JSON-RPC answer body, unchecked.
 * @throws CoreError `RPC_BAD_RESPONSE` (not JSON, not a JSON-RPC object) or `RPC_REMOTE`.
 */
export function decodeAnswer(method: string, text: string, contentType: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CoreError(
      'RPC_BAD_RESPONSE',
      `${method}: the answer is not JSON (content-type ${contentType || 'none'}); is this a registry URL?`,
      { method, contentType, body: text.slice(0, 500) },
    );
  }
  return decodeResponse(method, json);
}

/**
 * The checked result of an answer body.
 * @throws CoreError `RPC_BAD_RESPONSE` (detail: method, path of the first bad field, …) or `RPC_REMOTE`.
 */
export function checkAnswer<M extends MethodName>(job: AnswerJob<M>): ResultOf<M> {
  const result = decodeAnswer(job.method, answerText(job.body), job.contentType);
  return validateResult(job.method, job.params, result);
}
