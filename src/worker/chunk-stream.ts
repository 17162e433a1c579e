/**
 * @module
 * A streamed answer body sent to the answer worker as chunks (issue 12 item 3). A transferred
 * `ReadableStream` crosses threads one chunk per round trip: the worker asks, the page reads
 * and posts, and the page does its part between its other tasks, so on a busy page a 24 MiB
 * `package.index` reached the worker seconds after the network had delivered it (browse
 * benchmark trace). The page instead reads the body itself (no parsing, a few µs per chunk)
 * and posts every chunk as it arrives, transferred, without waiting; the worker rebuilds a
 * stream from them and reads it exactly as it read the transferred one.
 */

/** Page → worker: the next chunk of answer `id`'s body, its end, or the failure of its read. */
export type AnswerChunk =
  | { id: number; chunk: ArrayBuffer }
  | { id: number; end: true }
  | { id: number; failed: string };

/** Worker side: the bodies being received, by answer id. */
export interface ChunkStreams {
  /** The body of answer `id`, fed by {@link ChunkStreams.push}; cancelling it forgets `id`. */
  open(id: number): ReadableStream<Uint8Array>;
  /** Feeds a chunk message to its body; messages for a body not open (any more) are dropped. */
  push(msg: AnswerChunk): void;
}

export function createChunkStreams(): ChunkStreams {
  const open = new Map<number, ReadableStreamDefaultController<Uint8Array>>();
  return {
    open(id) {
      return new ReadableStream<Uint8Array>({
        start: (controller) => void open.set(id, controller),
        cancel: () => void open.delete(id),
      });
    },
    push(msg) {
      const controller = open.get(msg.id);
      if (!controller) return;
      if ('chunk' in msg) return controller.enqueue(new Uint8Array(msg.chunk));
      open.delete(msg.id);
      if ('end' in msg) controller.close();
      else controller.error(new Error(msg.failed));
    },
  };
}

/** `value`'s bytes as an ArrayBuffer of their own, to transfer (a view of part of a buffer is copied). */
function ownBuffer(value: Uint8Array): ArrayBuffer {
  const whole = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer;
  return whole ? (value.buffer as ArrayBuffer) : value.slice().buffer;
}

/**
 * Page side: reads `body` and posts each chunk of answer `id` as it arrives (transferred), then
 * its end or the read's failure. `stop` (the call was aborted, the worker gave up) cancels the
 * body and posts nothing more.
 */
export async function pumpChunks(
  id: number,
  body: ReadableStream<Uint8Array>,
  post: (msg: AnswerChunk, transfer: Transferable[]) => void,
  stop: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  const cancel = () => void reader.cancel(stop.reason).catch(() => {});
  if (stop.aborted) return cancel();
  stop.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (stop.aborted) return;
      if (done) return post({ id, end: true }, []);
      const chunk = ownBuffer(value);
      post({ id, chunk }, [chunk]);
    }
  } catch (e) {
    if (!stop.aborted) post({ id, failed: e instanceof Error ? e.message : String(e) }, []);
  } finally {
    stop.removeEventListener('abort', cancel);
  }
}
