/**
 * @module
 * Messages between the page and the registry-answer worker (issue 11, item 6): the worker says
 * it is ready once loaded; the page posts an answer body (copied) or the answer's stream as
 * chunks (chunk-stream.ts, so it is decoded and parsed off the page) with the call it answers,
 * and may cancel it;
 * the worker replies, when asked, with previews of the packages checked so far while the answer
 * still arrives and with the result's digest (core/rpc/answer-digest.ts: the browse cards of a
 * 24 MiB `package.index`, long before the whole index is on the page), then with the checked result as JSON
 * pieces (json-pieces.ts) in batches of about 1 MiB, so no single message takes long to receive on the page, or with the
 * CoreError as plain data (style.md §2.3, §2.5), which the page rebuilds unchanged, so an `RPC_BAD_RESPONSE` names the same
 * method and field path as the in-process check.
 */
import { CoreError } from '../core/errors.ts';
import { checkAnswerInput, type AnswerInput } from '../core/rpc/answer.ts';
import { answerSplit } from '../core/rpc/answer-split.ts';
import type { AnswerDigest } from '../core/rpc/answer-digest.ts';
import type { PackageDigest } from '../core/registry/package-digest.ts';
import { createChunkStreams, type AnswerChunk } from './chunk-stream.ts';
import { batchPieces, splitJson, type JsonPiece } from './json-pieces.ts';
import type { WireError } from './protocol.ts';

/**
 * One answer to check in the worker (`digest`: send the result's digest ahead of it;
 * `preview`: send previews while it arrives).
 */
export type AnswerWork = Omit<AnswerInput, 'signal' | 'onDigest' | 'onPreview'> & { id: number; digest?: boolean; preview?: boolean };
/**
 * What the page posts: one answer to check, its body copied or (`null`) following as
 * {@link AnswerChunk}s, then its chunks, or the end of one.
 */
export type AnswerRequest = Omit<AnswerWork, 'body'> & { body: ArrayBuffer | null };
export interface AnswerCancel {
  id: number;
  cancel: true;
}

/**
 * What the worker posts: `ready` once, then exactly one answer per request that was not
 * cancelled: the checked result in pieces, or the error; a request that asked for previews
 * gets them while its answer arrives, and one that asked for the digest gets it before its pieces. On the wire, the pieces of a large result come as
 * {@link AnswerPart}s, in order, and the answer carries the last batch.
 */
export type AnswerResponse =
  | { id: number; ok: true; pieces: JsonPiece[] }
  | { id: number; ok: false; error: WireError };
export interface AnswerDigestMessage {
  id: number;
  digest: AnswerDigest;
}
/** Packages checked one by one while the answer arrives (core/rpc/answer-split.ts). */
export interface AnswerPreviewMessage {
  id: number;
  preview: PackageDigest[];
}
/** What the worker sends ahead of an answer. */
export type AnswerEarly = AnswerDigestMessage | AnswerPreviewMessage;
/** A batch of the result's pieces ahead of the answer. */
export interface AnswerPart {
  id: number;
  part: JsonPiece[];
}
export type AnswerMessage = AnswerResponse | AnswerEarly | AnswerPart | { ready: true };

/** A thrown value as plain data; CoreErrors keep code, message and detail. */
function answerError(e: unknown): WireError {
  if (e instanceof CoreError) return { code: e.code, message: e.message, detail: e.detail };
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 'WORKER_FAILED', message: `the answer worker failed: ${message}`, detail: { message } };
}

/**
 * The worker's job: read (if streamed), parse and check one answer (runs in the worker); the
 * previews and the digest, if asked for, go to `early` as they come.
 */
export async function answerRequest(
  req: AnswerWork,
  signal?: AbortSignal,
  early?: (msg: AnswerEarly) => void,
): Promise<AnswerResponse> {
  const { digest: wantsDigest, preview: wantsPreview, ...job } = req;
  const { id } = req;
  const onDigest = wantsDigest && early ? (digest: AnswerDigest) => early({ id, digest }) : undefined;
  const onPreview = wantsPreview && early ? (preview: PackageDigest[]) => early({ id, preview }) : undefined;
  try {
    return { id, ok: true, pieces: splitJson(await checkAnswerInput({ ...job, signal, onDigest, onPreview }, answerSplit)) };
  } catch (e) {
    return { id: req.id, ok: false, error: answerError(e) };
  }
}

/**
 * The worker's message handler: runs requests, cancels the stream of a cancelled one and
 * sends nothing for it; results go in batches of about `batchChars` characters (postAnswer).
 */
export function answerHandler(
  post: (res: AnswerResponse | AnswerEarly | AnswerPart) => void,
  batchChars?: number,
): (msg: AnswerRequest | AnswerChunk | AnswerCancel) => void {
  const running = new Map<number, AbortController>();
  const bodies = createChunkStreams();
  return (msg) => {
    if ('cancel' in msg) return running.get(msg.id)?.abort();
    if (!('method' in msg)) return bodies.push(msg);
    const job = new AbortController();
    running.set(msg.id, job);
    const early = (msg: AnswerEarly) => job.signal.aborted || post(msg);
    const work = { ...msg, body: msg.body ?? bodies.open(msg.id) };
    void answerRequest(work, job.signal, early).then((res) => {
      running.delete(msg.id);
      if (!job.signal.aborted) postAnswer(post, res, batchChars);
    });
  };
}

/**
 * Sends `res`, a result's pieces in batches of about `batchChars` characters: all but the last
 * as parts, the last in the answer. A reply that cannot be sent (structured clone refuses it)
 * becomes a `WORKER_REPLY_FAILED` error, so the page always gets an answer.
 */
export function postAnswer(post: (res: AnswerResponse | AnswerPart) => void, res: AnswerResponse, batchChars?: number): void {
  try {
    if (!res.ok) return post(res);
    const batches = batchPieces(res.pieces, batchChars);
    const last = batches.pop() ?? [];
    for (const part of batches) post({ id: res.id, part });
    post({ id: res.id, ok: true, pieces: last });
  } catch (e) {
    const message = `could not send the answer: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    post({ id: res.id, ok: false, error: { code: 'WORKER_REPLY_FAILED', message, detail: {} } });
  }
}
