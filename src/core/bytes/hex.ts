/**
 * @module
 * Lower-case hexadecimal encoding of byte arrays.
 */
import { CoreError } from '../errors.ts';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Encodes bytes as lower-case hex. */
export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

/**
 * Decodes hex (either case, no separators).
 * @throws CoreError `BYTES_BAD_HEX` on odd length or a non-hex character.
 */
export function parseHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw new CoreError('BYTES_BAD_HEX', 'hex string has odd length');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const pair = hex.slice(i * 2, i * 2 + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      throw new CoreError('BYTES_BAD_HEX', `bad hex at offset ${i * 2}`, { offset: i * 2 });
    }
    out[i] = parseInt(pair, 16);
  }
  return out;
}
