import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ownRecord } from './own-record.ts';

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const schema = ownRecord(v.string(), v.object({ n: v.number() }));

describe('ownRecord', () => {
  it('keeps every own key of a JSON object, whatever its name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.constantFrom(...HOSTILE), fc.string()), { maxLength: 8 }), (keys) => {
        const text = `{${keys.map((k, i) => `${JSON.stringify(k)}:{"n":${i},"extra":true}`).join(',')}}`;
        const out = v.parse(schema, JSON.parse(text));
        expect(Object.keys(out).sort()).toEqual([...keys].sort());
        keys.forEach((k, i) => expect(Object.getOwnPropertyDescriptor(out, k)?.value).toEqual({ n: i }));
        expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      }),
    );
  });

  it('checks the skipped keys too, with their path', () => {
    const result = v.safeParse(schema, JSON.parse('{"a":{"n":1},"__proto__":{"n":"x"}}'));
    expect(result.success).toBe(false);
    expect(v.getDotPath(result.issues![0])).toBe('__proto__.n');
  });
});
