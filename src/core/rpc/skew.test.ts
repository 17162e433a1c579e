import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureSkew } from './skew.ts';

describe('measureSkew', () => {
  it('finds the skew within 1 s for any skew inside the range, with few probes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -600, max: 600 }), async (skew) => {
        const r = await measureSkew(async (o) => Math.abs(skew - o) <= 30);
        expect(r.seconds).not.toBeNull();
        expect(Math.abs(r.seconds! - skew)).toBeLessThanOrEqual(1);
        expect(r.probes).toBeLessThanOrEqual(32);
      }),
      { numRuns: 200 },
    );
  });
  it('reports null beyond the range', async () => {
    const r = await measureSkew(async (o) => Math.abs(5000 - o) <= 30);
    expect(r.seconds).toBeNull();
  });
  it('a small skew is found from the first probe plus a bisection', async () => {
    const r = await measureSkew(async (o) => Math.abs(3 - o) <= 30);
    expect(Math.abs(r.seconds! - 3)).toBeLessThanOrEqual(1);
    expect(r.probes).toBeLessThanOrEqual(8);
  });
});
