/**
 * Tests for types.ts against the spec registry-api.md §5.5 example index (vectors/example-index.json):
 * a runtime shape check of every §5.3 key and nullability, plus compile-time `satisfies` checks.
 */
import { describe, expect, it } from 'vitest';
import json from './vectors/example-index.json';
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

type Check = (x: unknown) => boolean;
const str: Check = (x) => typeof x === 'string';
const num: Check = (x) => typeof x === 'number';
const bool: Check = (x) => typeof x === 'boolean';
const nullOr =
  (c: Check): Check =>
  (x) =>
    x === null || c(x);
const arrayOf =
  (c: Check): Check =>
  (x) =>
    Array.isArray(x) && x.every(c);
const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const recordOf =
  (c: Check): Check =>
  (x) =>
    isObj(x) && Object.values(x).every(c);
/** Every key present (nullable ones as null, §5.3) and no unknown keys. */
const exact =
  (shape: Record<string, Check>): Check =>
  (x) =>
    isObj(x) &&
    Object.keys(x).sort().join() === Object.keys(shape).sort().join() &&
    Object.entries(shape).every(([k, c]) => c(x[k]));

const localeString: Check = (x) => str(x) || recordOf(str)(x);
const deviceFilter = exact({
  description: str,
  class: (x) => x === 'processor' || x === 'display',
  product: nullOr(str),
  vendor: nullOr(str),
  capabilities: nullOr(arrayOf(str)),
  driver: nullOr(str),
});
const hardware = exact({
  device: arrayOf(deviceFilter),
  ram: nullOr(num),
  arch: nullOr(arrayOf(str)),
});
const asset = (commitment: Check) =>
  exact({ publishedAt: str, urls: arrayOf(str), commitment, signatures: recordOf(str) });
const merkle = exact({ rootSighash: str, rootMaxsize: num });
const blake3 = exact({ hash: str, size: num });
const variant: Check = (x) =>
  Array.isArray(x) && x.length === 2 && hardware(x[0]) && asset(merkle)(x[1]);
const versionInfo = exact({
  title: str,
  description: exact({ short: localeString, long: localeString }),
  releaseNotes: localeString,
  gitHash: nullOr(str),
  license: str,
  packageRepo: str,
  upstreamRepo: str,
  marketingUrl: nullOr(str),
  donationUrl: nullOr(str),
  osVersion: str,
  sdkVersion: nullOr(str),
  hardwareAcceleration: bool,
  userspaceFilesystems: bool,
  virtualNetworking: bool,
  plugins: arrayOf(str),
  satisfies: arrayOf(str),
  icon: str,
  dependencyMetadata: recordOf(
    exact({
      title: nullOr(localeString),
      icon: nullOr(str),
      description: nullOr(localeString),
      optional: bool,
    }),
  ),
  sourceVersion: nullOr(str),
  s9pks: arrayOf(variant),
});
const category = exact({ name: localeString });
const contact: Check = (x) =>
  isObj(x) && Object.keys(x).length === 1 && ['email', 'matrix', 'website'].some((k) => str(x[k]));
const osVersion = exact({
  headline: str,
  releaseNotes: str,
  sourceVersion: str,
  authorized: arrayOf(str),
  iso: recordOf(asset(blake3)),
  squashfs: recordOf(asset(blake3)),
  img: recordOf(asset(blake3)),
});
const fullIndex = exact({
  name: nullOr(str),
  icon: nullOr(str),
  package: exact({
    categories: recordOf(category),
    packages: recordOf(
      exact({
        authorized: recordOf(str),
        versions: recordOf(versionInfo),
        categories: arrayOf(str),
      }),
    ),
  }),
  os: exact({ versions: recordOf(osVersion) }),
  signers: recordOf(exact({ name: str, contact: arrayOf(contact), keys: arrayOf(str) })),
});

/** Runtime check that `x` has exactly the FullIndex shape of §5.3. */
function isFullIndex(x: unknown): x is FullIndex {
  return fullIndex(x);
}

describe('FullIndex vs the §5.5 example', () => {
  it('has the FullIndex shape at runtime', () => {
    expect(isFullIndex(json)).toBe(true);
    const index: FullIndex = isFullIndex(json) ? json : expect.unreachable();
    const variants = index.package.packages.bitcoind?.versions['28.1:0']?.s9pks ?? [];
    expect(variants).toHaveLength(2);
    const [hw, first] = variants[0] ?? expect.unreachable();
    expect(hw.arch).toEqual(['aarch64']);
    expect(Object.keys(first.signatures)[0]).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('rejects shapes the types forbid (the checker is not vacuous)', () => {
    const mutate = (f: (x: typeof json) => void): unknown => {
      const copy = structuredClone(json);
      f(copy);
      return copy;
    };
    const v = (x: typeof json) => x.package.packages.bitcoind.versions['28.1:0'];
    expect(isFullIndex(mutate((x) => Reflect.set(v(x).s9pks[0] ?? [], 2, {})))).toBe(false);
    expect(isFullIndex(mutate((x) => Reflect.deleteProperty(v(x), 'marketingUrl')))).toBe(false);
    expect(isFullIndex(mutate((x) => Reflect.set(v(x), 'gitHash', 5)))).toBe(false);
    expect(
      isFullIndex(
        mutate((x) =>
          Reflect.set(x.signers.RRUXNZNVIECBLPPJBC6U33QV36YWPKOI.contact, 0, {
            email: 'a',
            matrix: 'b',
          }),
        ),
      ),
    ).toBe(false);
    expect(
      isFullIndex(
        mutate((x) => Reflect.set(x.os.versions['0.4.0-beta.10'].iso.x86_64, 'url', 'u')),
      ),
    ).toBe(false);
  });

  it('is assignable to the types wherever JSON typing allows (compile-time)', () => {
    // JSON imports type arrays as T[], never as tuples, so `s9pks` is checked at runtime above;
    // every other part is checked by the compiler here.
    const bitcoind = json.package.packages.bitcoind.versions['28.1:0'];
    const hello = json.package.packages['hello-world'].versions['1.0.0:0'];
    expect([
      json.name satisfies FullIndex['name'],
      json.icon satisfies FullIndex['icon'],
      json.os satisfies OsIndex,
      json.signers satisfies Record<string, SignerInfo>,
      json.signers.FPMANSL7BYAK6GQ7YMZI7J3DVETJOI6I.contact satisfies ContactInfo[],
      json.package.categories satisfies PackageIndex['categories'],
      bitcoind satisfies Omit<PackageVersionInfo, 's9pks'>,
      hello satisfies Omit<PackageVersionInfo, 's9pks'>,
      bitcoind.s9pks[0]?.[0] satisfies HardwareRequirements | RegistryAsset<unknown> | undefined,
    ]).toHaveLength(9);
  });
});
