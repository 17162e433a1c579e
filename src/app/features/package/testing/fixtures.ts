/**
 * Test fixtures: the spec §5.5 example index with its signers (core/testing/example-index.ts)
 * and a variant builder.
 */
import type { HardwareRequirements, S9pkVariant } from '../../../../core/rpc/types.ts';
import { example } from '../../../../core/testing/example-index.ts';

export { ADMIN, ALICE, DEVELOPER, example, exampleIndex, keyOf } from '../../../../core/testing/example-index.ts';

/** A variant copied from the example's first bitcoind variant, with other hardware. */
export function variant(hw: Partial<HardwareRequirements>, sighash = 'AAAA'): S9pkVariant {
  const [, asset] = structuredClone(
    example.package.packages['bitcoind']!.versions['28.1:0']!.s9pks[0]!,
  );
  return [
    { device: [], ram: null, arch: null, ...hw },
    { ...asset, commitment: { rootSighash: sighash, rootMaxsize: 1 } },
  ];
}

export const GPU = {
  description: 'NVIDIA GPU',
  class: 'display' as const,
  product: null,
  vendor: 'NVIDIA',
  capabilities: null,
  driver: 'nvidia',
};
