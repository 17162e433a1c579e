import { describe, expect, it } from 'vitest';
import { adoptionLines } from './adoption.ts';

const bucket = (rows: [string, number][]) => ({ totalRequests: 0, byPackage: [], byPackageVersion: rows.map(([version, count]) => ({ pkgId: 'lnd', version, count })) });

describe('adoptionLines', () => {
  it('ranks versions over the range, zero where a loaded bucket lacks one, null where it is loading', () => {
    const a = adoptionLines('lnd', [bucket([['1.0:0', 5]]), null, bucket([['2.0:0', 9], ['1.0:0', 1]])]);
    expect(a.versions).toEqual(['2.0:0', '1.0:0']);
    expect(a.lines).toEqual([
      [0, null, 9],
      [5, null, 1],
    ]);
    expect(a.hasOther).toBe(false);
  });

  it('adds the versions past the first six as one "other" line', () => {
    const rows: [string, number][] = Array.from({ length: 8 }, (_, i) => [`${i}.0:0`, 10 - i]);
    const a = adoptionLines('lnd', [bucket(rows)]);
    expect(a.versions).toHaveLength(6);
    expect(a.hasOther).toBe(true);
    expect(a.lines.at(-1)).toEqual([3 + 4]);
  });
});
