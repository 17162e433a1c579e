/**
 * @module
 * From answer bytes to a checked result (spec/registry-api.md §1.3, §1.5; issue 11, item 6):
 * UTF-8 text, JSON, the JSON-RPC envelope, then the method's result schema. Pure, so the same
 * steps run on the main thread and in a worker (src/worker/answer-client.ts), with the same
 * errors either way.
 */
import { CoreError } from '../errors.ts';
import { deliverDigest, type DigestListener, type PreviewListener } from './answer-digest.ts';
import type { AnswerSplit } from './answer-split.ts';
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

/**
 * An answer handed to a checker: the body as received, or (large answers, see
 * {@link streamsAnswer}) still arriving; `signal` ends the work when the call is aborted or times out.
 */
export interface AnswerInput<M extends MethodName = MethodName> extends Omit<AnswerJob<M>, 'body'> {
  body: ArrayBuffer | ReadableStream<Uint8Array>;
  signal?: AbortSignal;
  /** Gets the result's digest (answer-digest.ts) as soon as it is checked, before the result. */
  onDigest?: DigestListener;
  /** Gets previews of a streamed answer's packages while it arrives (answer-digest.ts). */
  onPreview?: PreviewListener;
}

/**
 * Checks an answer elsewhere; must resolve and reject exactly as {@link checkAnswerInput}.
 * `prepare`, if there is one, is called when a call whose answer grows with the registry is
 * sent, so whatever the checker needs (a worker to boot) is ready when the answer arrives.
 */
export type AnswerChecker = (<M extends MethodName>(job: AnswerInput<M>) => Promise<ResultOf<M>>) & { prepare?: () => void };

/**
 * Methods whose answers grow with the registry: handed to the checker as a stream when their
 * length is unknown (a chunked or compressed answer, where `Content-Length` is missing).
 */
const GROWING_METHODS: ReadonlySet<string> = new Set(['package.index', 'db.dump']);

/**
 * Whether a 2xx answer goes to the client's checker unread, as a stream, so it is received,
 * decoded and parsed off the page: `Content-Length` at or over {@link LARGE_ANSWER_BYTES}, or
 * missing for a method whose answer grows with the registry.
 */
export function streamsAnswer(method: string, contentLength: string | null): boolean {
  return streamsBySize(contentLength) ?? growsWithRegistry(method);
}

/** Whether answers to `method` grow with the registry (a checker is prepared before it is sent). */
export function growsWithRegistry(method: string): boolean {
  return GROWING_METHODS.has(method);
}

function streamsBySize(contentLength: string | null): boolean | null {
  const n = contentLength === null || contentLength.trim() === '' ? NaN : Number(contentLength);
  return Number.isFinite(n) ? n >= LARGE_ANSWER_BYTES : null;
}

/** The error of an answer whose connection broke while it was read. */
export function lostConnection(method: string, e: unknown): CoreError {
  const message = e instanceof Error ? e.message : String(e);
  return new CoreError('RPC_TRANSPORT', `${method}: connection lost while reading the answer (${message})`, { method });
}

// Lossy like `Response.text()`: invalid sequences become U+FFFD and fail (if at all) as JSON.
const decoder = new TextDecoder();

/** Body bytes as text, as `Response.text()` would give them. */
export function answerText(body: ArrayBuffer): string {
  return decoder.decode(body);
}

/**
 * A streamed body as text, decoded as {@link answerText} would; `signal` cancels the stream.
 * @throws CoreError `RPC_TRANSPORT` (the stream failed), `ABORTED` (`signal` ended it).
 */
export async function readAnswerText(method: string, body: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<string> {
  return (await readAnswerPieces(method, body, signal)).join('');
}

/**
 * A streamed body as pieces of text, decoded as {@link answerText} would, each also handed to
 * `onPiece` as soon as it is decoded; `signal` cancels the stream.
 * @throws CoreError as {@link readAnswerText}.
 */
async function readAnswerPieces(
  method: string,
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  onPiece?: (text: string) => void,
): Promise<string[]> {
  const streamDecoder = new TextDecoder();
  const parts: string[] = [];
  const keep = (text: string) => {
    parts.push(text);
    onPiece?.(text);
  };
  const reader = body.getReader();
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => {});
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      keep(streamDecoder.decode(value, { stream: true }));
    }
  } catch (e) {
    if (!signal?.aborted) throw lostConnection(method, e);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (signal?.aborted) throw new CoreError('ABORTED', `${method}: aborted`, { method });
  keep(streamDecoder.decode());
  return parts;
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
  return checkAnswerText(job, answerText(job.body));
}

function checkAnswerText<M extends MethodName>(job: Omit<AnswerJob<M>, 'body'>, text: string): ResultOf<M> {
  return validateResult(job.method, job.params, decodeAnswer(job.method, text, job.contentType));
}

/** Makes the split check of a streamed answer (answer-split.ts `answerSplit`), or null. */
export type AnswerSplitter = <M extends MethodName>(
  method: M,
  onPreview?: PreviewListener,
  digests?: boolean,
) => AnswerSplit<M> | null;

/**
 * The checked result of an answer, read from its stream if it is one (the client's timeout
 * and abort end the read through `job.signal`); its digest goes to `job.onDigest` first. With
 * a `splitter` (the answer worker passes `answerSplit`; the page's own fallback does not, so
 * the split check stays out of its first download), a stream is checked while it arrives where
 * the method allows it, with the same result and the same errors as a check of the whole text.
 * @throws CoreError as {@link checkAnswer} and {@link readAnswerText}.
 */
export async function checkAnswerInput<M extends MethodName>(job: AnswerInput<M>, splitter?: AnswerSplitter): Promise<ResultOf<M>> {
  if (job.body instanceof ArrayBuffer) {
    const result = checkAnswer({ ...job, body: job.body });
    deliverDigest(job.method, result, job.onDigest);
    return result;
  }
  const split = splitter?.(job.method, job.onPreview, job.onDigest !== undefined) ?? null;
  const pieces = await readAnswerPieces(job.method, job.body, job.signal, split?.push);
  const early = split?.finish() ?? null;
  const result = early ?? checkAnswerText(job, pieces.join(''));
  // A split that gave the result also made its digest, package by package.
  deliverDigest(job.method, result, job.onDigest, early === null ? null : split?.digest());
  return result;
}
