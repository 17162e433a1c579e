/**
 * @module
 * Hardware variants (spec/registry-api.md §5.4, spec/s9pk-format.md §7.3–§7.4): variant identity
 * and the "most specific first" order of a version's `s9pks`.
 */
import type { DeviceFilter, HardwareRequirements, S9pkVariant } from '../rpc/types.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** DeviceFilter equality ignores `description`. */
export function deviceFilterEquals(a: DeviceFilter, b: DeviceFilter): boolean {
  return (
    a.class === b.class &&
    same(a.product, b.product) &&
    same(a.vendor, b.vendor) &&
    same(a.capabilities, b.capabilities) &&
    same(a.driver, b.driver)
  );
}

/** Equal `ram`, `arch` as sets (null ≠ any set), `device` element by element in order. */
export function hardwareEquals(a: HardwareRequirements, b: HardwareRequirements): boolean {
  if ((a.ram ?? null) !== (b.ram ?? null)) return false;
  if ((a.arch === null) !== (b.arch === null)) return false;
  if (a.arch && b.arch) {
    const sa = new Set(a.arch);
    const sb = new Set(b.arch);
    if (sa.size !== sb.size || [...sa].some((x) => !sb.has(x))) return false;
  }
  return a.device.length === b.device.length && a.device.every((d, i) => deviceFilterEquals(d, b.device[i]!));
}

const U32_MAX = 2 ** 32 - 1;

/** Sort key (−device filters, arch count with null = ∞, ram with null = 0), ascending (§7.4 step 5). */
export function variantSortKey(hw: HardwareRequirements): [number, number, number] {
  return [U32_MAX - hw.device.length, hw.arch === null ? U32_MAX : new Set(hw.arch).size, hw.ram ?? 0];
}

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

/** Human label of a variant: "x86_64 · ≥ 4 GiB RAM · 1 device filter". */
export function describeHardware(hw: HardwareRequirements): string {
  const parts = [hw.arch === null ? 'any architecture' : [...hw.arch].sort().join(', ')];
  if (hw.ram !== null) parts.push(`≥ ${Math.round((hw.ram / 2 ** 30) * 10) / 10} GiB RAM`);
  if (hw.device.length > 0) parts.push(`${hw.device.length} device filter${hw.device.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
