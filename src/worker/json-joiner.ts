/**
 * @module
 * Rebuilds a value from the JSON pieces of json-pieces.ts as they arrive (issue 12 item 3): the
 * answer worker sends a 24 MiB `package.index` in batches of about 1 MiB, and the page joins
 * each batch as it comes, a few milliseconds at a time, so no task — receiving a batch or
 * joining it — blocks the page for long, even while the reader scrolls.
 */
import { CoreError } from '../core/errors.ts';
import { setOwn } from '../core/registry/own-key.ts';
import type { JsonPiece } from './json-pieces.ts';

export interface JsonJoiner {
  /** Adds the next pieces, in order; they are joined in the background. Ignored once failed or cancelled. */
  push(pieces: readonly JsonPiece[]): void;
  /**
   * The value, once every piece pushed so far is joined (call it after the last push).
   * @throws CoreError `WORKER_FAILED` when the pieces do not fit together or are not JSON;
   * `ABORTED` after {@link JsonJoiner.cancel}.
   */
  end(): Promise<unknown>;
  /** Stops joining and drops what was joined. */
  cancel(): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function parsePiece(json: string, path: readonly string[]): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new CoreError('WORKER_FAILED', `the answer worker sent a piece that is not JSON (${path.join('.')})`);
  }
}

/**
 * A joiner that yields to the event loop after each `sliceMs` of work. Keys such as
 * `__proto__` stay own data, as `JSON.parse` makes them.
 */
export function createJsonJoiner(sliceMs = 8): JsonJoiner {
  const queue: (readonly JsonPiece[])[] = [];
  let root: unknown;
  let failure: CoreError | null = null;
  let cancelled = false;
  let draining = false;
  let drained: Promise<void> = Promise.resolve();

  const add = ({ path, json }: JsonPiece) => {
    const value = parsePiece(json, path);
    if (path.length === 0) return void (root = value);
    let parent = root;
    for (const key of path.slice(0, -1)) parent = isRecord(parent) && Object.hasOwn(parent, key) ? parent[key] : undefined;
    if (!isRecord(parent)) throw new CoreError('WORKER_FAILED', `the answer worker sent a piece without its parent (${path.join('.')})`);
    setOwn(parent, path.at(-1)!, value);
  };
  // `draining` is set and cleared with no await between the queue check and the return, so a
  // push either lands in the running loop or starts a new one.
  const drain = async () => {
    draining = true;
    let start = performance.now();
    try {
      while (queue.length > 0 && !cancelled) {
        for (const piece of queue.shift()!) {
          if (cancelled) return;
          add(piece);
          if (performance.now() - start >= sliceMs) {
            await nextTask();
            start = performance.now();
          }
        }
      }
    } catch (e) {
      failure = e instanceof CoreError ? e : new CoreError('WORKER_FAILED', `the answer worker's pieces could not be joined: ${String(e)}`);
      queue.length = 0;
    } finally {
      draining = false;
    }
  };

  return {
    push(pieces) {
      if (failure || cancelled) return;
      queue.push(pieces);
      if (!draining) drained = drain();
    },
    async end() {
      await drained;
      if (cancelled) throw new CoreError('ABORTED', 'joining the answer was cancelled');
      if (failure) throw failure;
      return root;
    },
    cancel() {
      cancelled = true;
      queue.length = 0;
      root = undefined;
    },
  };
}
