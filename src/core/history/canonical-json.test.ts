import { describe, expect, it } from 'vitest';
import { isCoreError } from '../errors.ts';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson (RFC 8785)', () => {
  it('matches the §3.2.2 example: whitespace, numbers, string escapes, key order', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units as in §3.2.3', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    const text = canonicalJson(input);
    const order = ['"\\r"', '"1"', '"\u0080"', '"\u00f6"', '"\u20ac"', '"\ud83d\ude00"', '"\ufb33"'].map((k) => text.indexOf(`${k}:`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('prints numbers in ECMAScript shortest form, -0 as 0 (Appendix B samples)', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 9007199254740991, 0.1, 295147905179352830000])).toBe('[0,1e+21,1e-7,9007199254740991,0.1,295147905179352830000]');
  });

  it('nests objects and keeps array order', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 2 }], a: {} })).toBe('{"a":{},"b":[3,{"a":2,"z":1}]}');
  });

  it.each([
    ['a non-finite number', [Number.NaN]],
    ['a lone surrogate', { s: '\ud800x' }],
    ['undefined', { u: undefined }],
    ['a class instance', { d: new Date(0) }],
  ])('refuses %s with JSON_NOT_CANONICALIZABLE', (_, value) => {
    let caught: unknown;
    try {
      canonicalJson(value);
    } catch (e) {
      caught = e;
    }
    expect(isCoreError(caught, 'JSON_NOT_CANONICALIZABLE')).toBe(true);
  });
});
