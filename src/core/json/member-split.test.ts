import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMembers } from './member-split.ts';

const PATH = ['result', 'packages'] as const;

/** Feeds `text` cut at `cuts` (sorted offsets) to a split that keeps members as parsed. */
function split(text: string, cuts: number[] = [], onMember = (_k: string, v: unknown) => v): unknown {
  const s = splitMembers(PATH, onMember);
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    s.push(text.slice(at, cut));
    at = cut;
  }
  return s.finish();
}

function cutsOf(text: string): fc.Arbitrary<number[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }).map((a) => a.sort((x, y) => x - y));
}

const ANSWER =
  '{"jsonrpc":"2.0","id":1,"result":{"categories":{"a":{"name":"A"}},' +
  '"packages":{"x":{"v":[1,"}","\\""]},"y\\\\\\"":"esc\\"aped","__proto__":{"z":null}}}}';

describe('splitMembers', () => {
  it('gives the value JSON.parse gives, wherever the text is cut', () => {
    const text = '{"jsonrpc":"2.0","id":1,"result":{"packages":{"a":{"s":"x\\"}]"},"b":[1,{"c":2}]},"n":3}}';
    for (let cut = 0; cut <= text.length; cut++) expect(split(text, [cut])).toEqual(JSON.parse(text));
  });

  it('hands every member to onMember once, and puts back what it returned', () => {
    const seen: string[] = [];
    const value = split(ANSWER, [7, 40, 41, 90], (k, v) => {
      seen.push(k);
      return { checked: v };
    }) as { result: { packages: Record<string, unknown> } };
    expect(seen).toEqual(['x', 'y\\"', '__proto__']);
    expect(Object.keys(value.result.packages)).toEqual(['x', 'y\\"', '__proto__']);
    expect(Object.hasOwn(value.result.packages, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value.result.packages)).toBe(Object.prototype);
    expect(value.result.packages.x).toEqual({ checked: { v: [1, '}', '"'] } });
  });

  it('keeps escaped keys on the path', () => {
    const text = '{"res\\u0075lt":{"p\\u0061ckages":{"k\\n":1}}}';
    const s = splitMembers(PATH, (_k, v) => v);
    s.push(text);
    expect(s.finish()).toEqual(JSON.parse(text));
  });

  it.each([
    ['an error answer', '{"jsonrpc":"2.0","id":1,"error":{"code":-1,"message":"x"}}'],
    ['a result without packages', '{"result":{"categories":{}}}'],
    ['packages that are an array', '{"result":{"packages":[1,2]}}'],
    ['a duplicate result', '{"result":{"packages":{"a":1}},"result":{"packages":{"b":2}}}'],
    ['a duplicate packages', '{"result":{"packages":{"a":1},"packages":{"b":2}}}'],
    ['a duplicate package', '{"result":{"packages":{"a":1,"a":2}}}'],
    ['a member that is not JSON', '{"result":{"packages":{"a":tru}}}'],
    ['two values in a member', '{"result":{"packages":{"a":1 2}}}'],
    ['a skeleton that is not JSON', '{"result":{"packages":{"a":1}} "x"}'],
    ['a text cut short', '{"result":{"packages":{"a":1}'],
    ['an unclosed string', '{"result":{"packages":{"a":"1}}}'],
    ['a closing bracket too many', '{"result":{"packages":{"a":1}}}}'],
    ['a key that is not a JSON string', '{"result":{"packages":{"a\\x":1}}}'],
  ])('gives up on %s', (_, text) => {
    expect(split(text)).toBeNull();
  });

  it('gives up when onMember throws', () => {
    expect(
      split(ANSWER, [], (k, v) => {
        if (k === 'x') throw new Error('refused');
        return v;
      }),
    ).toBeNull();
  });

  it('does not give up on duplicate keys off the path (JSON.parse keeps the last)', () => {
    const text = '{"id":1,"id":2,"result":{"packages":{"a":{"k":1,"k":2}},"c":1,"c":2}}';
    expect(split(text)).toEqual(JSON.parse(text));
  });

  it('property: any JSON answer, cut anywhere, gives JSON.parse’s value (or gives up only off the happy path)', () => {
    const member = fc.jsonValue({ maxDepth: 4 });
    const answer = fc.record({
      jsonrpc: fc.constant('2.0'),
      id: fc.integer(),
      result: fc.record({
        categories: fc.jsonValue({ maxDepth: 2 }),
        packages: fc.dictionary(fc.string({ unit: 'binary' }), member, { maxKeys: 8 }),
      }),
    });
    fc.assert(
      fc.property(
        answer.chain((a) => {
          const text = JSON.stringify(a, null, a.id % 2 ? 1 : undefined);
          return fc.tuple(fc.constant(text), cutsOf(text));
        }),
        ([text, cuts]) => {
          expect(split(text, cuts)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mutation: a damaged answer gives JSON.parse’s value or gives up, never a different value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ANSWER.length - 1 }),
        fc.constantFrom('', '"', '\\', '{', '}', '[', ']', ',', ':', '0', ' ', 'x'),
        fc.boolean(),
        fc.integer({ min: 0, max: ANSWER.length }),
        (at, ch, replace, cut) => {
          const text = ANSWER.slice(0, at) + ch + ANSWER.slice(replace ? at + 1 : at);
          let expected: unknown;
          try {
            expected = JSON.parse(text);
          } catch {
            expected = null;
          }
          const got = split(text, [Math.min(cut, text.length)]);
          if (got !== null) expect(got).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
