/**
 * @module
 * Sequential reading of a Blob through a BYOB `Blob.stream()` reader into two reused buffers
 * (one filling while the other is used); the read strategy chosen by measurement (bench/run.ts,
 * ../shared/notes/hashing-in-the-browser.md). Used by stream-verify.ts and blake3-file.ts.
 */

/**
 * Chunks of `blob` from `start` to its end. Keeps one read in flight while the consumer handles
 * the chunk it was given; a chunk is valid only until the consumer asks for the next one.
 */
export async function* byobChunks(
  blob: Blob,
  start: number,
  size: number,
): AsyncGenerator<Uint8Array> {
  const reader = blob.slice(start).stream().getReader({ mode: 'byob' });
  let spare = new ArrayBuffer(size);
  let pending = reader.read(new Uint8Array(size));
  try {
    for (;;) {
      const { value, done } = await pending;
      if (done || !value) return;
      pending = reader.read(new Uint8Array(spare, 0, size));
      yield value;
      // The consumer is done with `value` once it resumes us: its buffer takes the next read.
      spare = value.buffer as ArrayBuffer;
    }
  } finally {
    pending.catch(() => undefined);
    reader.cancel().catch(() => undefined);
  }
}
