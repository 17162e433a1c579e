import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasOwnKey, ownValue, setOwn, withOwn, withoutOwn } from './own-key.ts';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const key = fc.oneof(fc.constantFrom(...HOSTILE), fc.string());

describe('own-key', () => {
  it('finds only own entries, whatever the key', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, fc.integer()), { selector: (e) => e[0] }), key, (entries, probe) => {
        const record: Record<string, number> = {};
        for (const [k, v] of entries) setOwn(record, k, v);
        const expected = entries.find(([k]) => k === probe)?.[1];
        expect(ownValue(record, probe)).toBe(expected);
        expect(hasOwnKey(record, probe)).toBe(expected !== undefined);
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      }),
    );
  });

  it('keeps a JSON `__proto__` key as data through set, copy, delete and stringify', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE), fc.integer(), (k, n) => {
        const parsed = JSON.parse(`{${JSON.stringify(k)}: 1, "a": 2}`) as Record<string, number>;
        expect(ownValue(parsed, k)).toBe(1);
        const next = withOwn(parsed, k, n);
        expect(JSON.stringify(next)).toBe(`{"a":2,${JSON.stringify(k)}:${n}}`);
        expect(Object.keys(withoutOwn(next, k))).toEqual(['a']);
        expect(ownValue({}, k)).toBeUndefined();
      }),
    );
  });
});
