/**
 * @module
 * UTF-8 conversion. Decoding is fatal: invalid sequences throw instead of becoming U+FFFD.
 */
import { CoreError } from '../errors.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Encodes a string as UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/**
 * Decodes UTF-8 bytes strictly.
 * @throws CoreError `BYTES_BAD_UTF8`.
 */
export function parseUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CoreError('BYTES_BAD_UTF8', 'invalid UTF-8');
  }
}
