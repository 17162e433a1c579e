// The upgrade-source range of an OS release in sentence shapes (spec registry-api.md §5.3).
import { describe, expect, it } from 'vitest';
import { sourceRangeWords } from './source-range.ts';

describe('sourceRangeWords', () => {
  it('names the common shapes with short OS versions', () => {
    expect(sourceRangeWords('*')).toEqual({ kind: 'any' });
    expect(sourceRangeWords('!')).toEqual({ kind: 'none' });
    expect(sourceRangeWords('>=0.3.5')).toEqual({ kind: 'anchor', op: '>=', version: '0.3.5' });
    expect(sourceRangeWords('>=0.3.5:0')).toEqual({ kind: 'anchor', op: '>=', version: '0.3.5' });
    expect(sourceRangeWords('=0.3.6.1')).toEqual({ kind: 'anchor', op: '=', version: '0.3.6.1' });
    expect(sourceRangeWords('<0.4.0-alpha.1')).toEqual({
      kind: 'anchor',
      op: '<',
      version: '0.4.0-alpha.1',
    });
  });

  it('reads a lower and an upper bound, and a caret, as "between"', () => {
    expect(sourceRangeWords('>=0.3.5 <0.4.0')).toEqual({
      kind: 'between',
      from: '0.3.5',
      to: '0.4.0',
      toInclusive: false,
    });
    expect(sourceRangeWords('>=0.3.5 <=0.3.6')).toMatchObject({
      kind: 'between',
      toInclusive: true,
    });
    expect(sourceRangeWords('^0.3.5')).toMatchObject({ kind: 'between', from: '0.3.5' });
  });

  it('keeps a downstream that is not zero', () => {
    expect(sourceRangeWords('>=0.3.5:1')).toEqual({ kind: 'anchor', op: '>=', version: '0.3.5:1' });
  });

  it('quotes other ranges as the registry prints them, and flags unreadable text', () => {
    expect(sourceRangeWords('=0.3.4 || >=0.3.6')).toEqual({
      kind: 'other',
      range: '=0.3.4:0 || >=0.3.6:0',
    });
    expect(sourceRangeWords('>=>=')).toEqual({ kind: 'invalid', text: '>=>=' });
  });
});
