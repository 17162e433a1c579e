/**
 * @module
 * Callbacks turned into an async iterable: what a listener hears (`push`) is read in order with
 * `for await`, until `end` or `fail`. Values pushed before anyone reads are kept; nothing is
 * dropped. Lets a query stream what a call reports as it goes (TanStack's `streamedQuery`).
 */

export interface ListenerStream<T> extends AsyncIterable<T> {
  push(value: T): void;
  /** No more values: the reading loop ends after the ones queued. */
  end(): void;
  /** The reading loop throws `error` after the values queued. */
  fail(error: unknown): void;
}

export function listenerStream<T>(): ListenerStream<T> {
  const queue: T[] = [];
  let done = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const rouse = () => {
    wake?.();
    wake = null;
  };
  return {
    push(value) {
      if (done) return;
      queue.push(value);
      rouse();
    },
    end() {
      done = true;
      rouse();
    },
    fail(error) {
      if (done) return;
      done = true;
      failure = { error };
      rouse();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length > 0) yield queue.shift()!;
        if (failure) throw failure.error;
        if (done) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
