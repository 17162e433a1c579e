/**
 * Test fixtures: the spec §5.5 example index (src/core/rpc/vectors/example-index.json), its
 * signers and keys, and a variant builder.
 */
import json from '../../../../core/rpc/vectors/example-index.json';
import type {
  FullIndex,
  HardwareRequirements,
  PackageIndex,
  S9pkVariant,
} from '../../../../core/rpc/types.ts';

export const example = json as unknown as FullIndex;

export function exampleIndex(): PackageIndex {
  return structuredClone(example.package);
}

/** Guids of the example's signers. */
export const DEVELOPER = '54TA5GVDYZZ26JANC6RGMBEAGYNI4CA5';
export const ALICE = 'FPMANSL7BYAK6GQ7YMZI7J3DVETJOI6I';
export const ADMIN = 'RRUXNZNVIECBLPPJBC6U33QV36YWPKOI';

export const keyOf = (guid: string) => example.signers[guid]!.keys[0]!;

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
