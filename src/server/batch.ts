/**
 * @module
 * Bounded JSON-RPC batches (issue 11 item 10; upstream has no bound). A batch is answered only
 * when it holds at most {@link MAX_BATCH_CALLS} calls and its answers total at most
 * {@link MAX_BATCH_RESPONSE_BYTES}; otherwise the whole response is one error object
 * `{"jsonrpc":"2.0","error":{"code":-32600,"message":"Invalid Request","data":…},"id":null}`
 * (JSON-RPC 2.0's code for a request that is valid JSON but not acceptable, `id` null because
 * no single call is meant). Calls still run concurrently, as upstream runs them, but each one
 * starts in its own event-loop turn and each answer is serialized as it arrives, so a batch
 * neither holds every result object at once nor keeps other requests waiting.
 */
import { RpcError } from './rpc-error.ts';

/** Most calls in one batch request. */
export const MAX_BATCH_CALLS = 128;
/** Largest batch response body (32 MiB; a single call is not limited). */
export const MAX_BATCH_RESPONSE_BYTES = 32 << 20;

const encoder = new TextEncoder();

/** Lets other requests (and I/O) run before the next batch item starts. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** The -32600 answer to a batch over {@link MAX_BATCH_CALLS}. */
export function batchTooLong(count: number): RpcError {
  return new RpcError(-32600, `a batch of ${count} calls is over this registry's limit of ${MAX_BATCH_CALLS}`);
}

/**
 * Answers each call with `answer` and returns the batch response body (a JSON array), or the
 * -32600 error when the answers exceed {@link MAX_BATCH_RESPONSE_BYTES} (calls not started by
 * then are skipped; calls already started have run).
 */
export async function answerBatch<C>(calls: readonly C[], answer: (call: C) => Promise<unknown>): Promise<Uint8Array<ArrayBuffer> | RpcError> {
  const parts: Uint8Array[] = new Array<Uint8Array>(calls.length);
  let total = 2 + Math.max(0, calls.length - 1); // brackets and commas
  let over = false;
  const running: Promise<void>[] = [];
  for (let i = 0; i < calls.length && !over; i++) {
    await nextTurn();
    if (over) break;
    running.push(
      answer(calls[i]!).then((response) => {
        if (over) return;
        const bytes = encoder.encode(JSON.stringify(response));
        total += bytes.length;
        if (total > MAX_BATCH_RESPONSE_BYTES) over = true;
        else parts[i] = bytes;
      }),
    );
  }
  await Promise.all(running);
  if (over) {
    return new RpcError(-32600, `the batch's answers are over this registry's limit of ${MAX_BATCH_RESPONSE_BYTES} bytes`);
  }
  const body = new Uint8Array(total);
  body[0] = 0x5b; // [
  let at = 1;
  parts.forEach((p, i) => {
    if (i > 0) body[at++] = 0x2c; // ,
    body.set(p, at);
    at += p.length;
  });
  body[at] = 0x5d; // ]
  return body;
}
