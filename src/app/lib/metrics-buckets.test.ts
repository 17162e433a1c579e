import { describe, expect, it } from 'vitest';
import { makeBuckets, parseDay, rangeWindow } from './metrics-buckets.ts';

describe('metrics buckets', () => {
  it('days partition the range with +00:00 windows', () => {
    const b = makeBuckets('2026-02-27', '2026-03-01', 'day');
    expect(b.map((x) => [x.label, x.after, x.before])).toEqual([
      ['2026-02-27', '2026-02-27T00:00:00+00:00', '2026-02-28T00:00:00+00:00'],
      ['2026-02-28', '2026-02-28T00:00:00+00:00', '2026-03-01T00:00:00+00:00'],
      ['2026-03-01', '2026-03-01T00:00:00+00:00', '2026-03-02T00:00:00+00:00'],
    ]);
  });

  it('weeks run Monday to Sunday, the first and last cut to the range', () => {
    // 2026-07-01 is a Wednesday; 2026-07-14 a Tuesday.
    const b = makeBuckets('2026-07-01', '2026-07-14', 'week');
    expect(b.map((x) => [x.after.slice(0, 10), x.before.slice(0, 10)])).toEqual([
      ['2026-07-01', '2026-07-06'],
      ['2026-07-06', '2026-07-13'],
      ['2026-07-13', '2026-07-15'],
    ]);
    expect(rangeWindow('2026-07-01', '2026-07-14')).toEqual({ after: b[0]!.after, before: b[2]!.before });
  });

  it('accepts only real calendar days', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2026-2-1')).toBeNull();
    expect(parseDay('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
  });
});
