import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatBytes, encodeI64be, encodeU64be, equalBytes, parseU64be, toSafeNumber, U64_MAX } from './bytes.ts';
import { encodeHex, parseHex } from './hex.ts';
import { encodeBase64, parseBase64 } from './base64.ts';
import { encodeUtf8, parseUtf8 } from './utf8.ts';
import { encodeVarint, encodeVarstring, parseVarint, parseVarstring } from './varint.ts';
import { codeOf } from '../testing/code-of.ts';


describe('hex', () => {
  it('round-trips', () => {
    fc.assert(fc.property(fc.uint8Array(), (b) => equalBytes(parseHex(encodeHex(b)), b)));
  });
  it('accepts upper case and rejects junk', () => {
    expect(parseHex('ABff')).toEqual(Uint8Array.of(0xab, 0xff));
    expect(codeOf(() => parseHex('abc'))).toBe('BYTES_BAD_HEX');
    expect(codeOf(() => parseHex('zz'))).toBe('BYTES_BAD_HEX');
  });
});

describe('base64', () => {
  it('matches Node for padded and unpadded forms', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        const node = Buffer.from(b).toString('base64');
        expect(encodeBase64(b)).toBe(node);
        expect(encodeBase64(b, { pad: false })).toBe(node.replace(/=+$/, ''));
        expect(parseBase64(node)).toEqual(b);
        expect(parseBase64(node.replace(/=+$/, ''))).toEqual(b);
      }),
    );
  });
  it('decodes the spec §2.13 BLAKE3 value', () => {
    expect(encodeHex(parseBase64('vLHZ0lx/m6E3RyEfqmEDdm9tueaN0EB8/o6o2I1RXog'))).toBe(
      'bcb1d9d25c7f9ba13747211faa6103766f6db9e68dd0407cfe8ea8d88d515e88',
    );
  });
  it('rejects bad characters, bad lengths and non-canonical tails', () => {
    expect(codeOf(() => parseBase64('ab-d'))).toBe('BYTES_BAD_BASE64');
    expect(codeOf(() => parseBase64('abcde'))).toBe('BYTES_BAD_BASE64');
    expect(codeOf(() => parseBase64('QR=='))).toBe('BYTES_BAD_BASE64');
    expect(codeOf(() => parseBase64('QQ=a'))).toBe('BYTES_BAD_BASE64');
  });
});

describe('utf8', () => {
  it('round-trips and rejects invalid sequences', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => parseUtf8(encodeUtf8(s)) === s));
    expect(codeOf(() => parseUtf8(Uint8Array.of(0xc3, 0x28)))).toBe('BYTES_BAD_UTF8');
  });
});

describe('u64', () => {
  it('round-trips big-endian', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: U64_MAX }), (v) => parseU64be(encodeU64be(v)) === v));
    expect(encodeHex(encodeU64be(42))).toBe('000000000000002a');
    expect(encodeHex(encodeI64be(-1))).toBe('ffffffffffffffff');
  });
  it('rejects out of range values and short reads', () => {
    expect(codeOf(() => encodeU64be(-1))).toBe('BYTES_RANGE');
    expect(codeOf(() => encodeU64be(U64_MAX + 1n))).toBe('BYTES_RANGE');
    expect(codeOf(() => parseU64be(new Uint8Array(7)))).toBe('BYTES_RANGE');
    expect(codeOf(() => toSafeNumber(1n << 60n))).toBe('BYTES_RANGE');
    expect(concatBytes(Uint8Array.of(1), Uint8Array.of(2, 3))).toEqual(Uint8Array.of(1, 2, 3));
  });
});

describe('varint', () => {
  const table: [bigint, string][] = [
    [0n, '00'],
    [5n, '05'],
    [127n, '7f'],
    [128n, '8001'],
    [300n, 'ac02'],
    [16384n, '808001'],
    [U64_MAX, 'ffffffffffffffffff01'],
  ];
  it('matches the spec §0 examples', () => {
    for (const [v, hex] of table) {
      expect(encodeHex(encodeVarint(v))).toBe(hex);
      expect(parseVarint(parseHex(hex))).toEqual({ value: v, length: hex.length / 2 });
    }
  });
  it('round-trips', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: U64_MAX }), (v) => {
        const enc = encodeVarint(v);
        const dec = parseVarint(enc);
        return dec.value === v && dec.length === enc.length;
      }),
    );
  });
  it('rejects overflow and truncation', () => {
    expect(codeOf(() => parseVarint(parseHex('ffffffffffffffffff02')))).toBe('BYTES_VARINT');
    expect(codeOf(() => parseVarint(parseHex('ffffffffffffffffffff01')))).toBe('BYTES_VARINT');
    expect(codeOf(() => parseVarint(parseHex('80')))).toBe('BYTES_RANGE');
  });
  it('varstrings round-trip and detect truncation', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const enc = encodeVarstring(s);
        return parseVarstring(enc).value === s && parseVarstring(enc).length === enc.length;
      }),
    );
    expect(codeOf(() => parseVarstring(parseHex('05616263')))).toBe('BYTES_RANGE');
  });
});
