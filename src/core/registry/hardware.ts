/**
 * @module
 * Hardware variants (spec/registry-api.md §5.4, spec/s9pk-format.md §7.3–§7.4): variant identity
 * and the "most specific first" order of a version's `s9pks`.
 */
import type { S9pkVariant } from '../rpc/types.ts';
import { variantSortKey } from '../s9pk/variant.ts';

/** Variant identity (§7.3) lives with the s9pk reader; re-exported here for registry code. */
export { deviceFilterEqual, hardwareRequirementsEqual as hardwareEquals, variantSortKey } from '../s9pk/variant.ts';

/** Stable sort of variants, most specific first. */
export function sortVariants(variants: S9pkVariant[]): S9pkVariant[] {
  return variants
    .map((v, i) => ({ v, i, k: variantSortKey(v[0]) }))
    .sort((x, y) => {
      for (let j = 0; j < 3; j++) if (x.k[j] !== y.k[j]) return x.k[j]! - y.k[j]!;
      return x.i - y.i;
    })
    .map((x) => x.v);
}
