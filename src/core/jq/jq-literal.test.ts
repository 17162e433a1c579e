import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { jqLiteral, jqNumber, jqPath } from './jq-literal.ts';
import { loadJq, runJq, type JqRun } from './run-jq.ts';

let run: (input: unknown, expr: string) => JqRun;
beforeAll(async () => {
  const jq = await loadJq();
  run = (input, expr) => runJq(jq, input, expr);
});

describe('jqNumber', () => {
  it('never writes a signed exponent, which jaq 0.10 cannot read', () => {
    expect(jqNumber(1e21)).toBe('1e21');
    expect(jqNumber(-1.5e300)).toBe('-1.5e300');
    expect(jqNumber(1e-7)).toBe('0.0000001');
    expect(jqNumber(-2.5e-10)).toBe('-0.00000000025');
    expect(jqNumber(0.000001)).toBe('0.000001');
    expect(jqNumber(-0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(jqNumber(n)).not.toMatch(/e[+-]/);
      }),
    );
  });
  it('is read back by jq as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(run(n, `. == ${jqNumber(n)}`)).toEqual({ kind: 'ran', values: [true], error: null });
      }),
      { numRuns: 200 },
    );
  });
});

describe('jqLiteral and jqPath', () => {
  it('write JSON that jq reads back, and paths through awkward keys', () => {
    const value = { 'a"b': [1, -2, null, true, { '\\(x)': '\n\u0001é😀' }], '': {} };
    expect(run(null, jqLiteral(value))).toEqual({ kind: 'ran', values: [value], error: null });
    expect(run(value, `[${jqPath(['a"b', 4, '\\(x)'])}]`)).toEqual({
      kind: 'ran',
      values: [['\n\u0001é😀']],
      error: null,
    });
    expect(jqPath([])).toBe('.');
  });
});
