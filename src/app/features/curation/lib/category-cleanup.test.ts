import { describe, expect, it } from 'vitest';
import {
  applyMembershipOps,
  categoryCounts,
  describeOp,
  findDanglingCategories,
  packagesInCategory,
  planCategoryDeletion,
  planDanglingCleanup,
  planMembership,
} from './category-cleanup.ts';
import { index, pkg } from '../testing/fixtures.ts';

const demo = index(
  {
    bitcoind: pkg(['bitcoin']),
    lnd: pkg(['bitcoin', 'lightning']),
    jellyfin: pkg(['media', 'old-media']),
    nextcloud: pkg(['cloud', 'old-media', 'typo']),
    'hello-world': pkg([]),
  },
  ['bitcoin', 'lightning', 'media', 'cloud', 'security'],
);

describe('counts and membership', () => {
  it('counts packages per defined and carried category', () => {
    const counts = categoryCounts(demo);
    expect(Object.fromEntries(counts)).toEqual({ bitcoin: 2, lightning: 1, media: 1, cloud: 1, security: 0, 'old-media': 2, typo: 1 });
  });
  it('lists the packages carrying an id, sorted', () => {
    expect(packagesInCategory(demo, 'bitcoin')).toEqual(['bitcoind', 'lnd']);
    expect(packagesInCategory(demo, 'security')).toEqual([]);
  });
});

describe('planCategoryDeletion', () => {
  it('removes the id from every package that carries it, then the category', () => {
    const plan = planCategoryDeletion(demo, 'bitcoin');
    expect(plan.cleanup).toEqual([
      { kind: 'remove', category: 'bitcoin', package: 'bitcoind' },
      { kind: 'remove', category: 'bitcoin', package: 'lnd' },
    ]);
    expect(plan.removeCategory).toBe(true);
    expect(describeOp(plan.cleanup[0]!)).toBe('bitcoind: remove from bitcoin');
  });
  it('an empty category needs no clean-up', () => {
    expect(planCategoryDeletion(demo, 'security').cleanup).toEqual([]);
  });
  it('after the plan runs, no package carries the id', () => {
    const plan = planCategoryDeletion(demo, 'bitcoin');
    expect(packagesInCategory(applyMembershipOps(demo, plan.cleanup), 'bitcoin')).toEqual([]);
  });
});

describe('dangling ids', () => {
  it('finds ids carried by packages but not defined', () => {
    expect(findDanglingCategories(demo)).toEqual([
      { id: 'old-media', packages: ['jellyfin', 'nextcloud'] },
      { id: 'typo', packages: ['nextcloud'] },
    ]);
  });
  it('trusts the given category map over the index', () => {
    const { security: _s, ...rest } = demo.categories;
    expect(findDanglingCategories(demo, { ...rest, typo: { name: 'Typo' } }).map((d) => d.id)).toEqual(['old-media']);
    // a deleted category whose packages still carry it becomes dangling
    const { bitcoin: _b, ...withoutBitcoin } = demo.categories;
    expect(findDanglingCategories(demo, withoutBitcoin).map((d) => d.id)).toEqual(['bitcoin', 'old-media', 'typo']);
  });
  it('plans one remove-package per package and dangling id, optionally only some ids', () => {
    const dangling = findDanglingCategories(demo);
    expect(planDanglingCleanup(dangling)).toHaveLength(3);
    expect(planDanglingCleanup(dangling, new Set(['typo']))).toEqual([{ kind: 'remove', category: 'typo', package: 'nextcloud' }]);
  });
});

describe('planMembership', () => {
  it('assigns only packages that lack the id, and reports the rest', () => {
    const plan = planMembership(demo, 'lightning', ['lnd', 'bitcoind', 'ghost', 'bitcoind'], 'add');
    expect(plan.ops).toEqual([{ kind: 'add', category: 'lightning', package: 'bitcoind' }]);
    expect(plan.unchanged).toEqual(['lnd']);
    expect(plan.missing).toEqual(['ghost']);
  });
  it('unassigns only packages that carry the id', () => {
    const plan = planMembership(demo, 'bitcoin', ['lnd', 'jellyfin'], 'remove');
    expect(plan.ops).toEqual([{ kind: 'remove', category: 'bitcoin', package: 'lnd' }]);
    expect(plan.unchanged).toEqual(['jellyfin']);
  });
  it('applying ops keeps category lists sorted and unique', () => {
    const next = applyMembershipOps(demo, [
      { kind: 'add', category: 'aaa', package: 'lnd' },
      { kind: 'add', category: 'aaa', package: 'lnd' },
      { kind: 'remove', category: 'bitcoin', package: 'lnd' },
    ]);
    expect(next.packages.lnd?.categories).toEqual(['aaa', 'lightning']);
    expect(demo.packages.lnd?.categories).toEqual(['bitcoin', 'lightning']);
  });
});
