import { describe, expect, it } from 'vitest';
import { encodePointer, parsePointer, resolvePointer } from './pointer.ts';

describe('JSON pointers (RFC 6901)', () => {
  const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };

  it('resolves the examples of RFC 6901 §5', () => {
    const cases: [string, unknown][] = [
      ['', doc],
      ['/foo', ['bar', 'baz']],
      ['/foo/0', 'bar'],
      ['/', 0],
      ['/a~1b', 1],
      ['/c%d', 2],
      ['/e^f', 3],
      ['/g|h', 4],
      ['/i\\j', 5],
      ['/k"l', 6],
      ['/ ', 7],
      ['/m~0n', 8],
    ];
    for (const [p, v] of cases) expect(resolvePointer(doc, parsePointer(p)!)?.value).toEqual(v);
  });

  it('round-trips segments with / and ~', () => {
    const segs = ['a/b', 'm~n', '~1', ''];
    expect(encodePointer(segs)).toBe('/a~1b/m~0n/~01/');
    expect(parsePointer(encodePointer(segs))).toEqual(segs);
  });

  it('rejects what is not a pointer and misses what is not there', () => {
    expect(parsePointer('foo')).toBeNull();
    expect(parsePointer('/a~2')).toBeNull();
    expect(resolvePointer(doc, ['foo', '01'])).toBeUndefined();
    expect(resolvePointer(doc, ['foo', '2'])).toBeUndefined();
    expect(resolvePointer(doc, ['toString'])).toBeUndefined();
    expect(resolvePointer(doc, ['foo', '0', 'x'])).toBeUndefined();
    // a present null is found
    expect(resolvePointer({ a: null }, ['a'])).toEqual({ value: null });
  });
});
