/**
 * Test fixtures: the spec §5.5 example index (src/core/rpc/vectors/example-index.json) and a
 * larger index grown from it.
 */
import json from '../../../../core/rpc/vectors/example-index.json';
import type { FullIndex, PackageIndex, PackageInfo } from '../../../../core/rpc/types.ts';

export const example = json as unknown as FullIndex;

/** A deep copy of the example's package index. */
export function exampleIndex(): PackageIndex {
  return structuredClone(example.package);
}

/** A package copied from `hello-world` with a new title, description and publication time. */
export function fakePackage(
  title: string,
  description: string,
  publishedAt: string,
  categories: string[] = [],
): PackageInfo {
  const pkg = structuredClone(example.package.packages['hello-world']!);
  const v = pkg.versions['1.0.0:0']!;
  v.title = title;
  v.description = { short: description, long: description };
  v.s9pks[0]![1].publishedAt = publishedAt;
  pkg.categories = categories;
  return pkg;
}
