/**
 * @module
 * A part of the console that is downloaded on demand (a route, the Markdown renderer, the
 * signing code) could not be loaded: the connection dropped, or the console was redeployed and
 * the old chunk is gone. Only a reload helps (a failed module import is never retried by the
 * browser), so the error view offers one.
 */
import { CodedError } from '../../core/errors.ts';

export class ChunkLoadError extends CodedError<'CHUNK_LOAD_FAILED'> {
  override readonly name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super('CHUNK_LOAD_FAILED', cause instanceof Error ? cause.message : String(cause), {});
    this.cause = cause;
  }
}

/** Runs a dynamic import; a failure becomes a ChunkLoadError. */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((e: unknown) => {
    throw new ChunkLoadError(e);
  });
}
