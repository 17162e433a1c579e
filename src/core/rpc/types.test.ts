/**
 * Tests for the wire schemas (schemas/*.ts, types inferred in types.ts) against the spec
 * registry-api.md §5.5 example index (vectors/example-index.json): the example parses to itself
 * (every §5.3 key known, none missing), parsing is lenient like upstream's UI (unknown extra keys
 * pass and are dropped, missing required keys fail), plus compile-time `satisfies` checks.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import json from './vectors/example-index.json';
import { FullIndexSchema } from './schemas/registry.ts';
import { ContactInfoSchema } from './schemas/signer.ts';
import type {
  ContactInfo,
  FullIndex,
  HardwareRequirements,
  OsIndex,
  PackageIndex,
  PackageVersionInfo,
  RegistryAsset,
  SignerInfo,
} from './types.ts';

const mutate = (f: (x: typeof json) => void): unknown => {
  const copy = structuredClone(json);
  f(copy);
  return copy;
};
const bitcoind = (x: typeof json) => x.package.packages.bitcoind.versions['28.1:0'];
const accepts = (x: unknown) => v.safeParse(FullIndexSchema, x).success;

describe('FullIndexSchema vs the §5.5 example', () => {
  it('parses the example to itself: no key of it is unknown to the schema, none is missing', () => {
    const index: FullIndex = v.parse(FullIndexSchema, json);
    expect(index).toEqual(json);
    const variants = index.package.packages.bitcoind?.versions['28.1:0']?.s9pks ?? [];
    expect(variants).toHaveLength(2);
    const [hw, first] = variants[0] ?? expect.unreachable();
    expect(hw.arch).toEqual(['aarch64']);
    expect(Object.keys(first.signatures)[0]).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('passes unknown extra keys and drops them from the parsed value', () => {
    const extra = mutate((x) => Reflect.set(bitcoind(x), 'futureField', { any: 1 }));
    const parsed = v.parse(FullIndexSchema, extra);
    expect(parsed.package.packages.bitcoind?.versions['28.1:0']).not.toHaveProperty('futureField');
    expect(accepts(mutate((x) => Reflect.set(x, 'migrations', [])))).toBe(true);
  });

  it('rejects missing required keys and wrong types (the schema is not vacuous)', () => {
    expect(accepts(mutate((x) => Reflect.deleteProperty(bitcoind(x), 'marketingUrl')))).toBe(false);
    expect(accepts(mutate((x) => Reflect.deleteProperty(x.package, 'categories')))).toBe(false);
    expect(accepts(mutate((x) => Reflect.set(bitcoind(x), 'gitHash', 5)))).toBe(false);
    expect(accepts(mutate((x) => Reflect.set(bitcoind(x).s9pks[0] ?? [], 2, {})))).toBe(false);
    const iso = (x: typeof json) => x.os.versions['0.4.0-beta.10'].iso.x86_64;
    expect(accepts(mutate((x) => Reflect.deleteProperty(iso(x), 'urls')))).toBe(false);
    expect(accepts(mutate((x) => Reflect.set(iso(x).commitment, 'size', -1)))).toBe(false);
  });

  it('takes exactly one kind per contact, like serde’s externally tagged enum', () => {
    expect(v.is(ContactInfoSchema, { email: 'a' })).toBe(true);
    expect(v.is(ContactInfoSchema, { email: 'a', matrix: 'b' })).toBe(false);
    expect(v.is(ContactInfoSchema, { phone: '1' })).toBe(false);
  });

  it('is assignable to the types wherever JSON typing allows (compile-time)', () => {
    // JSON imports type arrays as T[], never as tuples, so `s9pks` is checked at runtime above;
    // every other part is checked by the compiler here.
    const hello = json.package.packages['hello-world'].versions['1.0.0:0'];
    expect([
      json.name satisfies FullIndex['name'],
      json.icon satisfies FullIndex['icon'],
      json.os satisfies OsIndex,
      json.signers satisfies Record<string, SignerInfo>,
      json.signers.FPMANSL7BYAK6GQ7YMZI7J3DVETJOI6I.contact satisfies ContactInfo[],
      json.package.categories satisfies PackageIndex['categories'],
      bitcoind(json) satisfies Omit<PackageVersionInfo, 's9pks'>,
      hello satisfies Omit<PackageVersionInfo, 's9pks'>,
      bitcoind(json).s9pks[0]?.[0] satisfies
        HardwareRequirements | RegistryAsset<unknown> | undefined,
    ]).toHaveLength(9);
  });
});
