/**
 * Tests for retention.ts: each rule alone (exver order with flavors apart, publishedAt, device
 * offers by StartOS version and architecture), rules combined, and the impact it reports.
 */
import { describe, expect, it } from 'vitest';
import type { PackageIndex, PackageVersionInfo } from '../rpc/types.ts';
import { channelVersion, type VariantSpec } from '../testing/channel-index.ts';
import { mergePlans, NO_RULES, packagesInOrder, planPackages, planRetention, type RetentionRules } from './retention.ts';

const x86: VariantSpec[] = [{ arch: ['x86_64'], sighash: 'A' }];
const both: VariantSpec[] = [{ arch: ['x86_64'], sighash: 'A' }, { arch: ['aarch64'], sighash: 'B' }];

function v(variants: VariantSpec[], osVersion = '0.4.0', publishedAt = '2026-01-01T00:00:00Z'): PackageVersionInfo {
  const info = channelVersion('p', variants, { osVersion });
  for (const [, a] of info.s9pks) a.publishedAt = publishedAt;
  return info;
}

function indexOf(packages: Record<string, Record<string, PackageVersionInfo>>): PackageIndex {
  return { categories: {}, packages: Object.fromEntries(Object.entries(packages).map(([id, versions]) => [id, { authorized: {}, categories: [], versions }])) };
}

const rules = (r: Partial<RetentionRules>): RetentionRules => ({ ...NO_RULES, ...r });
const removed = (index: PackageIndex, r: Partial<RetentionRules>) => planRetention(index, rules(r)).remove.map((i) => `${i.id}@${i.version}`);

describe('keep the newest N per package and flavor', () => {
  const index = indexOf({
    a: { '1.0.0:0': v(x86), '1.2.0:0': v(x86), '1.10.0:0': v(x86), '1.1.0:0': v(x86), '2.0.0-rc.1:0': v(x86), '1.10.0:1': v(x86) },
    b: { '#knots:1.0.0:0': v(x86), '#knots:0.9.0:0': v(x86), '0.5.0:0': v(x86) },
  });

  it('orders by exver: numeric segments, downstream, a prerelease above lower releases', () => {
    expect(removed(index, { keepNewest: 1 })).toEqual(['a@1.10.0:1', 'a@1.10.0:0', 'a@1.2.0:0', 'a@1.1.0:0', 'a@1.0.0:0', 'b@#knots:0.9.0:0']);
    expect(removed(index, { keepNewest: 3 })).toEqual(['a@1.2.0:0', 'a@1.1.0:0', 'a@1.0.0:0']);
  });

  it('keeps each flavor lineage apart: the unflavored 0.5.0 is the newest of its own', () => {
    expect(removed(index, { keepNewest: 1 })).not.toContain('b@0.5.0:0');
  });

  it('keep 0 selects everything and reports the packages left empty', () => {
    const plan = planRetention(index, rules({ keepNewest: 0 }));
    expect(plan.remove).toHaveLength(9);
    expect(plan.emptied).toEqual(['a', 'b']);
    expect(plan.kept).toBe(0);
  });
});

describe('older than a date (publishedAt)', () => {
  const index = indexOf({
    a: {
      '1.0.0:0': v(x86, '0.4.0', '2025-01-01T00:00:00Z'),
      '1.1.0:0': v(both, '0.4.0', '2025-06-01T00:00:00Z'),
      '2.0.0:0': v(x86, '0.4.0', '2026-03-01T00:00:00Z'),
      '3.0.0:0': v([], '0.4.0'),
    },
  });
  // one variant of 1.1.0 re-published later: the version counts as that recent
  index.packages['a']!.versions['1.1.0:0']!.s9pks[1]![1].publishedAt = '2026-02-01T00:00:00.123Z';

  it('selects versions whose every variant was received before the date; a version without variants has no date', () => {
    expect(removed(index, { publishedBefore: '2026-01-01' })).toEqual(['a@1.0.0:0']);
    expect(removed(index, { publishedBefore: '2026-02-15' })).toEqual(['a@1.1.0:0', 'a@1.0.0:0']);
    const item = planRetention(index, rules({ publishedBefore: '2026-02-15' })).remove[0]!;
    expect(item.publishedAt).toBe('2026-02-01T00:00:00.123Z');
    expect(item.variants.map((x) => x.urls)).toEqual([['https://files.test/p/A.s9pk'], ['https://files.test/p/B.s9pk']]);
  });
});

describe('not the newest offer of any device from StartOS X on', () => {
  const ladder = indexOf({
    a: { '1.0.0:0': v(x86, '0.3.5'), '1.1.0:0': v(x86, '0.3.6'), '2.0.0:0': v(x86, '0.4.0') },
  });

  it('a version built for an older StartOS stays while a device on X or later still gets it as newest', () => {
    expect(removed(ladder, { notNewestFromOs: '0.3.6' })).toEqual(['a@1.0.0:0']);
    expect(removed(ladder, { notNewestFromOs: '0.3.5' })).toEqual([]);
    expect(removed(ladder, { notNewestFromOs: '0.4.0' })).toEqual(['a@1.1.0:0', 'a@1.0.0:0']);
  });

  it('an architecture the newest version dropped keeps the older version for its devices', () => {
    const arm = indexOf({ a: { '1.0.0:0': v(both), '2.0.0:0': v(x86) } });
    expect(removed(arm, { notNewestFromOs: '0.4.0' })).toEqual([]);
    const armBack = indexOf({ a: { '1.0.0:0': v(both), '2.0.0:0': v(both) } });
    expect(removed(armBack, { notNewestFromOs: '0.4.0' })).toEqual(['a@1.0.0:0']);
  });

  it('a variant without an architecture list serves every architecture', () => {
    const any = indexOf({ a: { '1.0.0:0': v(both), '2.0.0:0': v([{ arch: [], sighash: 'C' }]) } });
    any.packages['a']!.versions['2.0.0:0']!.s9pks[0]![0].arch = null;
    expect(removed(any, { notNewestFromOs: '0.4.0' })).toEqual(['a@1.0.0:0']);
  });
});

describe('rules combined and the impact', () => {
  const index = indexOf({ a: { '1.0.0:0': v(both, '0.3.5'), '2.0.0:0': v(x86, '0.4.0') } });

  it('selects only what every rule that is on selects; no rule selects nothing', () => {
    expect(removed(index, { keepNewest: 1 })).toEqual(['a@1.0.0:0']);
    expect(removed(index, { keepNewest: 1, notNewestFromOs: '0.4.0' })).toEqual([]);
    expect(removed(index, {})).toEqual([]);
    expect(planRetention(index, NO_RULES).kept).toBe(2);
  });

  it('names the devices that lose their newest offer, by StartOS version and architecture', () => {
    const plan = planRetention(index, rules({ keepNewest: 1 }));
    const changes = plan.pathChanges.map((c) => [c.group.os, c.group.osUntil, c.group.arch.kind === 'named' ? c.group.arch.arch : c.group.arch.kind, c.before, c.after]);
    expect(changes).toEqual([
      ['0.3.5', '0.4.0', 'aarch64', '1.0.0:0', null],
      ['0.3.5', '0.4.0', 'x86_64', '1.0.0:0', null],
      ['0.4.0', null, 'aarch64', '1.0.0:0', null],
    ]);
    expect(plan.emptied).toEqual([]);
  });

  it('never selects a version whose key or osVersion is not exver, and lists it', () => {
    const odd = indexOf({ a: { '1.0.0:0': v(x86, 'not-a-version'), '2.0.0:0': v(x86) } });
    const plan = planRetention(odd, rules({ keepNewest: 0 }));
    expect(plan.remove.map((i) => i.version)).toEqual(['2.0.0:0']);
    expect(plan.unreadable).toEqual([{ id: 'a', version: '1.0.0:0' }]);
  });
});

describe('planning an index in parts (the worker plans it in chunks)', () => {
  const index = indexOf({
    c: { '1.0.0:0': v(both, '0.3.5'), '2.0.0:0': v(x86, '0.4.0') },
    a: { '1.0.0:0': v(x86, 'not-a-version'), '2.0.0:0': v(x86), '3.0.0:0': v(x86) },
    b: { '0.1.0:0': v(x86, '0.4.0', '2025-01-01T00:00:00Z') },
    d: { '#knots:1.0.0:0': v(x86), '#knots:2.0.0:0': v(x86), '1.0.0:0': v(x86) },
  });

  it('gives the plan of the whole index once the parts, in id order, are merged', () => {
    const all = rules({ keepNewest: 0, publishedBefore: '2026-06-01' });
    const order = packagesInOrder(index);
    expect(order.map(([id]) => id)).toEqual(['a', 'b', 'c', 'd']);
    const parts = [order.slice(0, 1), order.slice(1, 3), [], order.slice(3)].map((part) => planPackages(part, all));
    const whole = planRetention(index, all);
    expect(whole.remove.length).toBeGreaterThan(0);
    expect(whole.unreadable).toHaveLength(1);
    expect(whole.pathChanges.length).toBeGreaterThan(0);
    expect(mergePlans(parts)).toEqual(whole);
  });
});
