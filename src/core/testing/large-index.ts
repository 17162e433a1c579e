/**
 * @module
 * Test and bench fixture: a large synthetic `package.index` answer (issue 11, item 6), made of
 * copies of the spec example's `bitcoind` version record (about 2.5 KB of JSON each), so 1000
 * packages × 10 versions come to about 24 MiB — a registry of that size.
 */
import type { PackageIndex } from '../rpc/types.ts';
import { exampleIndex } from './example-index.ts';

/** An index of `packages` packages (`pkg-0`, `pkg-1`, …) with `versions` versions each. */
export function largePackageIndex(packages: number, versions: number): PackageIndex {
  const template = exampleIndex();
  const bitcoind = template.packages.bitcoind!;
  const record = Object.values(bitcoind.versions)[0]!;
  const index: PackageIndex = { categories: template.categories, packages: {} };
  for (let p = 0; p < packages; p++) {
    const pkg: PackageIndex['packages'][string] = { authorized: bitcoind.authorized, versions: {}, categories: ['bitcoin'] };
    for (let v = 0; v < versions; v++) pkg.versions[`${v + 1}.0.0:0`] = { ...record, title: `Package ${p}` };
    index.packages[`pkg-${p}`] = pkg;
  }
  return index;
}

/** The JSON-RPC answer body carrying `result`, as a registry sends it. */
export function answerBody(result: unknown, id = 1): ArrayBuffer {
  return new TextEncoder().encode(JSON.stringify({ jsonrpc: '2.0', id, result })).buffer;
}
