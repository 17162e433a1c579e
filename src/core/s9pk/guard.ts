/**
 * @module
 * Keeps the s9pk API's error contract: every failure is a CoreError with an `S9PK_*` code or
 * `ABORTED` (spec/s9pk-format.md §3.4; style.md §2.3), never an untyped throw.
 */
import { CoreError } from '../errors.ts';

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/**
 * Converts anything thrown into a CoreError. S9PK and ABORTED errors pass through; errors of
 * lower layers (bytes helpers) and I/O failures of the byte source become `S9PK_TRUNCATED`
 * (the source could not deliver the bytes the structure points at), keeping the original in
 * `detail.cause`.
 */
export function toS9pkError(e: unknown): CoreError {
  if (e instanceof CoreError && (e.code.startsWith('S9PK_') || e.code === 'ABORTED')) return e;
  if (isAbort(e)) return new CoreError('ABORTED', 'operation aborted');
  const message = e instanceof Error ? e.message : String(e);
  const cause = e instanceof CoreError ? { code: e.code, message, detail: e.detail } : { message };
  return new CoreError('S9PK_TRUNCATED', `could not read the archive: ${message}`, { cause });
}

/** Runs `fn`, rethrowing any failure through {@link toS9pkError}. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toS9pkError(e);
  }
}
