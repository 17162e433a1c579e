/**
 * @module
 * Category clean-up planner (spec/registry-api.md §4.5, §7): the registry deletes a category
 * without touching the packages that carry its id, and `add-package` accepts ids that do not
 * exist. These pure functions say which `remove-package` / `add-package` calls bring packages in
 * line, so the UI can show the count first and then run exactly those calls.
 */
import type { Category, PackageIndex } from '../../../../core/rpc/types.ts';
import { translate } from '../../../i18n/i18n.ts';

/** One membership call: `package.category.add-package` or `.remove-package`. */
export interface MembershipOp {
  kind: 'add' | 'remove';
  category: string;
  package: string;
}

/** A readable label for an op (used in per-item results). */
export function describeOp(op: MembershipOp): string {
  return translate(op.kind === 'add' ? 'category.opAdd' : 'category.opRemove', { package: op.package, category: op.category });
}

/** Package ids (sorted) that carry category `id`. */
export function packagesInCategory(index: PackageIndex, id: string): string[] {
  return Object.entries(index.packages)
    .filter(([, p]) => p.categories.includes(id))
    .map(([pkg]) => pkg)
    .sort();
}

/** Package count per category id, for every id defined or carried by a package. */
export function categoryCounts(index: PackageIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of Object.keys(index.categories)) counts.set(id, 0);
  for (const p of Object.values(index.packages)) for (const c of new Set(p.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export interface DeletionPlan {
  category: string;
  /** Remove the id from these packages first… */
  cleanup: MembershipOp[];
  /** …then `package.category.remove` (only once every clean-up call succeeded). */
  removeCategory: boolean;
}

/** What deleting category `id` takes: one `remove-package` per package carrying it, then the removal. */
export function planCategoryDeletion(index: PackageIndex, id: string): DeletionPlan {
  return {
    category: id,
    cleanup: packagesInCategory(index, id).map((pkg) => ({ kind: 'remove', category: id, package: pkg })),
    removeCategory: true,
  };
}

export interface DanglingCategory {
  id: string;
  packages: string[];
}

/**
 * Category ids carried by packages but not defined (left behind by a deletion, or added with
 * `add-package` before the category existed). `defined` is the category map to trust (the
 * freshest of `package.category.list` and the index's own).
 */
export function findDanglingCategories(index: PackageIndex, defined: Record<string, Category> = index.categories): DanglingCategory[] {
  const byId = new Map<string, string[]>();
  for (const [pkg, info] of Object.entries(index.packages)) {
    for (const c of new Set(info.categories)) {
      if (Object.hasOwn(defined, c)) continue;
      byId.set(c, [...(byId.get(c) ?? []), pkg]);
    }
  }
  return [...byId.entries()].map(([id, packages]) => ({ id, packages: packages.sort() })).sort((a, b) => a.id.localeCompare(b.id));
}

/** The `remove-package` calls that clean the given dangling ids (all of them by default). */
export function planDanglingCleanup(dangling: DanglingCategory[], only?: ReadonlySet<string>): MembershipOp[] {
  return dangling
    .filter((d) => !only || only.has(d.id))
    .flatMap((d) => d.packages.map((pkg): MembershipOp => ({ kind: 'remove', category: d.id, package: pkg })));
}

export interface MembershipPlan {
  ops: MembershipOp[];
  /** Selected packages that need no call (already in, or already out). */
  unchanged: string[];
  /** Selected ids that are not in the index (deleted meanwhile). */
  missing: string[];
}

/** Bulk assign or unassign: one call per selected package whose membership actually changes. */
export function planMembership(index: PackageIndex, category: string, selected: Iterable<string>, kind: 'add' | 'remove'): MembershipPlan {
  const plan: MembershipPlan = { ops: [], unchanged: [], missing: [] };
  for (const pkg of [...new Set(selected)].sort()) {
    const info = index.packages[pkg];
    if (!info) plan.missing.push(pkg);
    else if (info.categories.includes(category) === (kind === 'add')) plan.unchanged.push(pkg);
    else plan.ops.push({ kind, category, package: pkg });
  }
  return plan;
}

/**
 * The index as it will be after `ops` succeed (for optimistic display): category ids added or
 * removed, each list kept sorted and unique like the registry's.
 */
export function applyMembershipOps(index: PackageIndex, ops: MembershipOp[]): PackageIndex {
  const packages = { ...index.packages };
  for (const op of ops) {
    const p = packages[op.package];
    if (!p) continue;
    const set = new Set(p.categories);
    if (op.kind === 'add') set.add(op.category);
    else set.delete(op.category);
    packages[op.package] = { ...p, categories: [...set].sort() };
  }
  return { ...index, packages };
}
