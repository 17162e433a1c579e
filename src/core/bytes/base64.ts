/**
 * @module
 * Standard-alphabet Base64 (RFC 4648 §4). The registry emits hashes unpadded and accepts
 * both forms (spec/registry-api.md §5.1); PEM and data URLs use the padded form.
 */
import { CoreError } from '../errors.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as standard Base64; `pad: false` drops the trailing `=`. */
export function encodeBase64(bytes: Uint8Array, { pad = true }: { pad?: boolean } = {}): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + (pad ? '=' : '');
  }
  return out;
}

/**
 * Decodes standard Base64, padded or unpadded. Whitespace is not allowed.
 * Non-zero trailing bits are rejected (canonical encodings only), as the Rust `base64` crate does.
 * @throws CoreError `BYTES_BAD_BASE64`.
 */
export function parseBase64(text: string): Uint8Array {
  let s = text;
  if (s.length % 4 === 0 && s.endsWith('==')) s = s.slice(0, -2);
  else if (s.length % 4 === 0 && s.endsWith('=')) s = s.slice(0, -1);
  if (s.length % 4 === 1) throw new CoreError('BYTES_BAD_BASE64', 'invalid Base64 length');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) throw new CoreError('BYTES_BAD_BASE64', `invalid Base64 character at ${i}`, { offset: i });
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) {
    throw new CoreError('BYTES_BAD_BASE64', 'non-canonical Base64 (trailing bits set)');
  }
  return out;
}
