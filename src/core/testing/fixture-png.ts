/**
 * @module
 * A tiny, valid PNG encoder for fixtures: a solid-colour RGB image, zlib "stored" (no
 * compression). Deterministic, so fixtures built from it are byte-stable.
 */
import { concatBytes, encodeU64be } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32be(n: number): Uint8Array {
  return encodeU64be(n).subarray(4);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const td = concatBytes(encodeUtf8(type), data);
  return concatBytes(u32be(data.length), td, u32be(crc32(td)));
}

function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.of(0x78, 0x01)];
  for (let o = 0; o === 0 || o < data.length; o += 65535) {
    const block = data.subarray(o, Math.min(data.length, o + 65535));
    const last = o + 65535 >= data.length ? 1 : 0;
    parts.push(
      Uint8Array.of(
        last,
        block.length & 0xff,
        block.length >> 8,
        ~block.length & 0xff,
        (~block.length >> 8) & 0xff,
      ),
      block,
    );
  }
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  parts.push(u32be(((b << 16) | a) >>> 0));
  return concatBytes(...parts);
}

/** A `width × height` PNG filled with `rgb` (e.g. `[0x2b, 0x6c, 0xb0]`). */
export function solidPng(
  rgb: readonly [number, number, number],
  width = 1,
  height = 1,
): Uint8Array {
  const ihdr = concatBytes(u32be(width), u32be(height), Uint8Array.of(8, 2, 0, 0, 0));
  const row = new Uint8Array(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = new Uint8Array(row.length * height);
  for (let y = 0; y < height; y++) raw.set(row, y * row.length);
  return concatBytes(
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  );
}
