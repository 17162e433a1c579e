import { beforeAll, describe, expect, it } from 'vitest';
import { loadJq, runJq } from './run-jq.ts';

let jq: Awaited<ReturnType<typeof loadJq>>;
beforeAll(async () => {
  jq = await loadJq();
});

describe('runJq', () => {
  it('returns every value in order', () => {
    expect(runJq(jq, { a: { b: 2 } }, '.a.b, (.a.c = "x\\ny")')).toEqual({ kind: 'ran', values: [2, { a: { b: 2, c: 'x\ny' } }], error: null });
    expect(runJq(jq, {}, 'empty')).toEqual({ kind: 'ran', values: [], error: null });
  });
  it('keeps the values before a runtime error, and the error text', () => {
    expect(runJq(jq, {}, '1, error("boom"), 2')).toEqual({ kind: 'ran', values: [1], error: 'boom' });
    expect(runJq(jq, {}, 'error({"a":1})')).toEqual({ kind: 'ran', values: [], error: '{"a":1} (not a string)' });
    expect(runJq(jq, { a: 1 }, '.[0]')).toEqual({ kind: 'ran', values: [], error: 'Cannot index object with number' });
  });
  it('tells a parse failure from a compile failure, without showing the wrapper', () => {
    const parse = runJq(jq, {}, '.[');
    expect(parse.kind).toBe('parse');
    expect(parse).toMatchObject({ message: expect.stringMatching(/^syntax error/) });
    expect(parse).not.toMatchObject({ message: expect.stringContaining('catch') });
    expect(runJq(jq, {}, 'nosuchfn')).toEqual({ kind: 'compile', message: expect.stringMatching(/^nosuchfn\/0 is not defined/) });
  });
  it('a trailing comment does not swallow the wrapper', () => {
    expect(runJq(jq, {}, '.x = 1 # set x')).toEqual({ kind: 'ran', values: [{ x: 1 }], error: null });
  });
});
