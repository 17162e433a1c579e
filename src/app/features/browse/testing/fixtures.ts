/**
 * Test fixtures: the spec §5.5 example index (core/testing/example-index.ts) and packages
 * grown from it.
 */
import type { PackageInfo } from '../../../../core/rpc/types.ts';
import { example } from '../../../../core/testing/example-index.ts';

export { example, exampleIndex } from '../../../../core/testing/example-index.ts';

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
