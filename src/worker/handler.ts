/**
 * @module
 * The request switch of the s9pk worker (../shared/style.md §2.5): one case per operation,
 * each a single call, an AbortController per request id, exactly one final answer per id.
 * entry.ts installs it as the worker's `onmessage`; client.ts's main-thread fallback runs
 * the same handler in-process when `Worker` is missing.
 *
 * `post` may throw (structured clone fails with `DataCloneError`, or `RangeError` on deeply
 * nested data): a final answer that cannot be sent is replaced by a `WORKER_REPLY_FAILED` error,
 * so the page always gets its answer.
 */
import { CoreError } from '../core/errors.ts';
import { nobleBlake3, type HasherFactory } from '../core/s9pk/hasher.ts';
import { blake3Blob, inspectBlob, throttleProgress, verifyBlob, type OpContext } from './ops.ts';
import { commitBlake3Url } from './blake3-url.ts';
import {
  toWireError,
  type HasherName,
  type OpResults,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.ts';

/** A BLAKE3 implementation and its name (see load-blake3-wasm.ts `selectHasher`). */
export interface HandlerHasher {
  name: HasherName;
  factory: HasherFactory;
}

/**
 * Creates the message handler. `post` sends a response to the page; `hasher` is awaited
 * before each operation (it resolves once, when the WASM is compiled or the fallback chosen).
 */
export function createRequestHandler(
  post: (res: WorkerResponse) => void,
  hasher: Promise<HandlerHasher>,
): (req: WorkerRequest) => void {
  const running = new Map<number, AbortController>();
  let ready: HandlerHasher | null = null;
  /** Sends a final answer; one that cannot be sent becomes a typed error. */
  const answer = (res: WorkerResponse): void => {
    try {
      post(res);
    } catch (e) {
      const message = `could not send the answer: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
      try {
        post({
          id: res.id,
          ok: false,
          error: { code: 'WORKER_REPLY_FAILED', message, detail: {} },
        });
      } catch {
        // Nothing more can be sent; the pool's silence timeout ends this request.
      }
    }
  };
  /** Sends progress; best effort (a lost progress message is harmless). */
  const progress = (res: WorkerResponse): void => {
    try {
      post(res);
    } catch {
      // ignored
    }
  };
  void hasher.then((h) => (ready = h));

  /** `wait: false` uses noble until the chosen hasher is ready (inspect hashes only kilobytes). */
  const start = <T extends OpResults[keyof OpResults]>(
    id: number,
    wait: boolean,
    op: (ctx: OpContext) => Promise<T>,
  ): void => {
    const ctl = new AbortController();
    running.set(id, ctl);
    const h: Promise<HandlerHasher> =
      wait || ready ? hasher : Promise.resolve({ name: 'noble', factory: nobleBlake3 });
    h.then((h) => op({ hasher: h.factory, hasherName: h.name, signal: ctl.signal }))
      .then(
        (value) => answer({ id, ok: true, value }),
        (e: unknown) => answer({ id, ok: false, error: toWireError(e) }),
      )
      .finally(() => running.delete(id));
  };

  return (req) => {
    switch (req.op) {
      case 'cancel':
        running.get(req.id)?.abort();
        return;
      case 'inspect':
        return start(req.id, false, (ctx) => inspectBlob(req.file, ctx));
      case 'verify':
        return start(req.id, true, (ctx) =>
          verifyBlob(req.file, ctx, (p) => progress({ id: req.id, progress: p })),
        );
      case 'blake3':
        return start(req.id, true, (ctx) =>
          blake3Blob(req.file, ctx, (p) => progress({ id: req.id, progress: p })),
        );
      case 'blake3Url':
        return start(req.id, true, (ctx) =>
          commitBlake3Url(req.url, req.size, {
            hasher: ctx.hasher,
            signal: ctx.signal,
            onProgress: throttleProgress((p) => progress({ id: req.id, progress: p })),
          }),
        );
      default: {
        const never: never = req;
        const id = (never as { id?: unknown }).id;
        if (typeof id === 'number') {
          const error = toWireError(new CoreError('BYTES_RANGE', 'unknown worker operation'));
          answer({ id, ok: false, error });
        }
      }
    }
  };
}
