/**
 * @module
 * Test fixture: the spec §5.5 example index (src/core/rpc/vectors/example-index.json) as a
 * typed value, a fresh copy of its package index, and its signers' Guids and keys.
 */
import json from '../rpc/vectors/example-index.json';
import type { FullIndex, PackageIndex } from '../rpc/types.ts';

export const example = json as unknown as FullIndex;

/** A deep copy of the example's package index. */
export function exampleIndex(): PackageIndex {
  return structuredClone(example.package);
}

/** Guids of the example's signers. */
export const DEVELOPER = '54TA5GVDYZZ26JANC6RGMBEAGYNI4CA5';
export const ALICE = 'FPMANSL7BYAK6GQ7YMZI7J3DVETJOI6I';
export const ADMIN = 'RRUXNZNVIECBLPPJBC6U33QV36YWPKOI';

/** The first key of a signer of the example. */
export const keyOf = (guid: string) => example.signers[guid]!.keys[0]!;
