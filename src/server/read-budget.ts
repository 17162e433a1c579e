/**
 * @module
 * A byte source that refuses to deliver more bytes in total than the file holds (issue 11
 * item 9): with overlapping sections refused, an honest read of an archive touches each byte
 * at most once, so anything beyond that is a hostile layout and stops here.
 */
import type { ByteSource } from '../core/s9pk/byte-source.ts';

export interface BudgetedSource extends ByteSource {
  /** Bytes delivered so far. */
  readonly bytesRead: number;
}

/**
 * Wraps `source`; reads beyond `budget` bytes in total (default: the source's size) throw.
 * @throws Error "read budget exceeded" (the s9pk guard reports it as `S9PK_TRUNCATED`).
 */
export function budgetSource(source: ByteSource, budget = source.size): BudgetedSource {
  let bytesRead = 0;
  return {
    get size() {
      return source.size;
    },
    get bytesRead() {
      return bytesRead;
    },
    read(offset, length) {
      if (bytesRead + length > budget) {
        return Promise.reject(new Error(`read budget exceeded: ${bytesRead + length} bytes of a ${budget}-byte archive`));
      }
      bytesRead += length;
      return source.read(offset, length);
    },
  };
}
