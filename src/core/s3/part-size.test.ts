import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCoreError } from '../errors.ts';
import { choosePartSize, MAX_OBJECT_SIZE, MAX_PART_SIZE, MAX_PARTS, MIN_PART_SIZE, partCount, partRange } from './part-size.ts';

const KiB = 2 ** 10;
const MiB = 2 ** 20;
const GiB = 2 ** 30;
const TiB = 2 ** 40;

describe('choosePartSize', () => {
  it.each([
    ['1 KiB', KiB, 8 * MiB, 1],
    ['8 MiB', 8 * MiB, 8 * MiB, 1],
    ['1 GiB', GiB, 8 * MiB, 128],
    ['50 GiB', 50 * GiB, 8 * MiB, 6400],
    ['100 GiB', 100 * GiB, 11 * MiB, 9310],
    ['5 TiB', 5 * TiB, 525 * MiB, 9987],
  ])('%s → parts of %i bytes, %i of them', (_, size, partSize, parts) => {
    expect(choosePartSize(size)).toBe(partSize);
    expect(partCount(size, partSize)).toBe(parts);
  });

  it('refuses a file above 5 TiB with a typed error', () => {
    const e = (() => {
      try {
        return choosePartSize(5 * TiB + 1);
      } catch (err) {
        return err;
      }
    })();
    expect(isCoreError(e, 'S3_TOO_LARGE')).toBe(true);
  });

  it('rounds a preferred size to whole MiB and never goes under 5 MiB', () => {
    expect(choosePartSize(GiB, 1)).toBe(MIN_PART_SIZE);
    expect(choosePartSize(GiB, 6 * MiB + 1)).toBe(7 * MiB);
    expect(choosePartSize(GiB, 10 * GiB)).toBe(MAX_PART_SIZE);
  });

  it('always fits S3: whole MiB, 5 MiB–5 GiB, at most 10 000 parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_OBJECT_SIZE }), fc.integer({ min: 1, max: 6 * GiB }), (size, preferred) => {
        const p = choosePartSize(size, preferred);
        expect(p % MiB).toBe(0);
        expect(p).toBeGreaterThanOrEqual(MIN_PART_SIZE);
        expect(p).toBeLessThanOrEqual(MAX_PART_SIZE);
        expect(partCount(size, p)).toBeLessThanOrEqual(MAX_PARTS);
      }),
    );
  });
});

describe('partRange', () => {
  it('cuts the last part short and covers the file exactly', () => {
    const size = 20 * MiB + 5;
    const ranges = Array.from({ length: partCount(size, 8 * MiB) }, (_, i) => partRange(i + 1, size, 8 * MiB));
    expect(ranges).toEqual([
      { start: 0, end: 8 * MiB },
      { start: 8 * MiB, end: 16 * MiB },
      { start: 16 * MiB, end: size },
    ]);
    expect(partRange(1, 0, 8 * MiB)).toEqual({ start: 0, end: 0 });
  });
});
