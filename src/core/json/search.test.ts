import { describe, expect, it } from 'vitest';
import { searchJson } from './search.ts';

describe('searchJson', () => {
  const doc = { index: { name: 'Demo Registry', package: { packages: { bitcoind: { title: 'Bitcoin Core' }, lnd: { title: 'LND', tags: ['bitcoin', 1] } } } } };

  it('finds keys and scalar values, case-insensitive, in document order', () => {
    const s = searchJson(doc, 'BITCOIN');
    while (!s.step(1)) {
      /* one value per slice */
    }
    expect(s.matches).toEqual([
      { pointer: '/index/package/packages/bitcoind', in: 'key' },
      { pointer: '/index/package/packages/bitcoind/title', in: 'value' },
      { pointer: '/index/package/packages/lnd/tags/0', in: 'value' },
    ]);
    expect(s.visited).toBe(12);
  });

  it('visits at most the budget per step, ignores array indices as keys, and stops at the limit', () => {
    const s = searchJson(doc, '1');
    expect(s.step(3)).toBe(false);
    expect(s.visited).toBe(3);
    s.step(100);
    expect(s.matches).toEqual([{ pointer: '/index/package/packages/lnd/tags/1', in: 'value' }]);
    const many = searchJson(Array.from({ length: 50 }, () => 'x'), 'x', 10);
    expect(many.step(1000)).toBe(true);
    expect(many.matches).toHaveLength(10);
    expect(many.truncated).toBe(true);
  });
});
