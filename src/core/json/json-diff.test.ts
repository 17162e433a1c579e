import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlappingJson as overlapping } from '../testing/json-arbitrary.ts';
import { applyJsonDiff, diffJson, jsonEqual, pathPointer, type JsonChange } from './json-diff.ts';

describe('diffJson', () => {
  it('names each added, removed and changed path with its values', () => {
    const old = { index: { name: 'A', icon: null }, admins: ['X', 'Y'], migrations: [] };
    const value = { index: { name: 'B', extra: { a: 1 } }, admins: ['X'], migrations: ['m'] };
    expect(diffJson(old, value)).toEqual<JsonChange[]>([
      { op: 'replace', path: ['index', 'name'], old: 'A', value: 'B' },
      { op: 'remove', path: ['index', 'icon'], old: null },
      { op: 'add', path: ['index', 'extra'], value: { a: 1 } },
      { op: 'remove', path: ['admins', 1], old: 'Y' },
      { op: 'add', path: ['migrations', 0], value: 'm' },
    ]);
  });
  it('replaces a value whose type changes, and ignores key order and -0', () => {
    expect(diffJson({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { op: 'replace', path: ['a'], old: [1], value: { 0: 1 } },
    ]);
    expect(diffJson({ a: 1, b: [0] }, { b: [-0], a: 1 })).toEqual([]);
    expect(diffJson(1, 'x')).toEqual([{ op: 'replace', path: [], old: 1, value: 'x' }]);
  });
  it('removes from the end of a shrinking array, last index first', () => {
    expect(diffJson([1, 2, 3], [1]).map((c) => c.path)).toEqual([[2], [1]]);
  });
  it('writes pointers with RFC 6901 escapes', () => {
    expect(pathPointer(['a/b', 'c~d', 3])).toBe('/a~1b/c~0d/3');
    expect(pathPointer([])).toBe('');
  });
});

describe('applyJsonDiff', () => {
  it('keeps a __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    const applied = applyJsonDiff({}, diffJson({}, value));
    expect(jsonEqual(applied, value)).toBe(true);
    expect(Object.getPrototypeOf(applied)).toBe(Object.prototype);
  });
  it('refuses changes made for another value', () => {
    expect(() => applyJsonDiff({ a: 1 }, [{ op: 'remove', path: ['b'], old: 1 }])).toThrow(
      TypeError,
    );
    expect(() => applyJsonDiff(5, [{ op: 'add', path: ['a', 'b'], value: 1 }])).toThrow(TypeError);
  });
  it('the diff applied to the old value gives the new one (property)', () => {
    fc.assert(
      fc.property(overlapping, overlapping, (old, value) => {
        const changes = diffJson(old, value);
        expect(jsonEqual(applyJsonDiff(old, changes), value)).toBe(true);
        expect(changes.length === 0).toBe(jsonEqual(old, value));
      }),
      { numRuns: 1000 },
    );
  });
  it('names each path at most once, and never a path inside another changed one (property)', () => {
    fc.assert(
      fc.property(overlapping, overlapping, (old, value) => {
        const pointers = diffJson(old, value).map((c) => pathPointer(c.path));
        expect(new Set(pointers).size).toBe(pointers.length);
        for (const p of pointers)
          expect(pointers.some((q) => q !== p && p.startsWith(`${q}/`))).toBe(false);
      }),
    );
  });
  it('leaves the old value untouched', () => {
    const old = { a: [1, { b: 2 }] };
    applyJsonDiff(old, diffJson(old, { a: [] }));
    expect(old).toEqual({ a: [1, { b: 2 }] });
  });
});
