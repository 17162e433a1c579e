// The synthetic metrics: exact counts, inside the period, only released versions, deterministic.
import { describe, expect, it } from 'vitest';
import { seedMetrics, syntheticPackages } from './metrics-seed.ts';

const now = new Date('2026-12-05T12:00:00Z');

describe('seedMetrics', () => {
  it('makes N package requests and N/2 check-ins inside the days before now, the same each time', () => {
    const packages = syntheticPackages(50);
    const a = seedMetrics({ requests: 3000, packages, now, days: 30 });
    const requests = [...a.packageRequests];
    const checkins = [...a.userActivity];
    expect(requests).toHaveLength(3000);
    expect(checkins).toHaveLength(1500);
    for (const r of [...requests, ...checkins]) {
      expect(r.createdAt >= '2026-11-06' && r.createdAt < '2026-12-06').toBe(true);
      expect(r.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    }
    expect([...seedMetrics({ requests: 3000, packages, now, days: 30 }).packageRequests]).toEqual(requests);
    for (const c of checkins) expect(['x86_64', 'aarch64', 'riscv64']).toContain(c.arch);
  });

  it('asks for popular packages more, and for a version only once it is released', () => {
    const packages = [
      { id: 'popular', versions: ['1.0.0:0', '2.0.0:0'] },
      { id: 'niche', versions: ['0.1.0:0'] },
    ];
    const rows = [...seedMetrics({ requests: 4000, packages, now, days: 100 }).packageRequests];
    const count = (id: string) => rows.filter((r) => r.pkgId === id).length;
    expect(count('popular')).toBeGreaterThan(count('niche'));
    // 2.0.0 appears at day 45 of 100 (its share of 90% of the period).
    const firstNew = rows.filter((r) => r.version === '2.0.0:0').map((r) => r.createdAt).sort()[0];
    expect(firstNew! >= '2026-10-12').toBe(true);
    expect(rows.some((r) => r.version === null)).toBe(true);
  });
});
