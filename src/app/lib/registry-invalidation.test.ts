/**
 * Named invalidation groups reach every cached answer of the reads they name — for any
 * parameters and any signer — and nothing else.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { invalidateRegistry } from './registry-invalidation.ts';
import {
  adminsOptions,
  anonymousScope,
  categoriesOptions,
  deviceOfferOptions,
  packageIndexOptions,
  packageSignersOptions,
  registryInfoOptions,
  roleOptions,
  signedIndexOptions,
  signersOptions,
  type QueryScope,
} from './registry-queries.ts';

const REGISTRY = 'http://registry.test';
const OTHER = 'http://other.test';
const KEY = '-----BEGIN PUBLIC KEY-----\ntest-only\n-----END PUBLIC KEY-----\n';
const device = { os: { version: '0.4.0', compat: '0.4.0', platform: 'x86_64' } };

function seeded() {
  const qc = new QueryClient();
  const signed: QueryScope = { client: createRegistryClient({ url: REGISTRY, context: 'registry.test' }), keyPem: KEY, keyUse: 'signs' };
  const lan: QueryScope = { client: createRegistryClient({ url: REGISTRY, context: '192.168.1.5' }), keyPem: KEY, keyUse: 'signs' };
  const anon = anonymousScope(REGISTRY);
  const reads = {
    info: registryInfoOptions(anon).queryKey,
    packageIndex: packageIndexOptions(anon).queryKey,
    categories: categoriesOptions(anon).queryKey,
    offer: deviceOfferOptions(anon, 'bitcoind', device).queryKey,
    packageSigners: packageSignersOptions(anon, 'bitcoind').queryKey,
    index: signedIndexOptions(signed).queryKey,
    indexLan: signedIndexOptions(lan).queryKey,
    signers: signersOptions(signed).queryKey,
    admins: adminsOptions(signed).queryKey,
    role: roleOptions(signed).queryKey,
    otherRegistry: packageIndexOptions(anonymousScope(OTHER)).queryKey,
  };
  for (const key of Object.values(reads)) qc.setQueryData(key, {});
  const invalidated = () =>
    Object.entries(reads)
      .filter(([, key]) => qc.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
      .sort();
  return { qc, invalidated };
}

describe('registry invalidation groups', () => {
  it('"packages" refreshes the package reads of every signer of this registry only', async () => {
    const { qc, invalidated } = seeded();
    await invalidateRegistry(qc, REGISTRY, 'packages');
    expect(invalidated()).toEqual(['index', 'indexLan', 'offer', 'packageIndex']);
  });

  it('"signers" plus the own role; a falsy change is skipped', async () => {
    const { qc, invalidated } = seeded();
    await invalidateRegistry(qc, REGISTRY, 'signers', false, 'role');
    expect(invalidated()).toEqual(['admins', 'index', 'indexLan', 'packageSigners', 'role', 'signers']);
  });

  it('"categories" and "info" refresh what shows category names and the registry name', async () => {
    const { qc, invalidated } = seeded();
    await invalidateRegistry(qc, REGISTRY, 'categories', 'info');
    expect(invalidated()).toEqual(['categories', 'index', 'indexLan', 'info', 'packageIndex']);
  });

  it('signed reads are cached per signing context and key; anonymous reads are not', () => {
    const a: QueryScope = { client: createRegistryClient({ url: REGISTRY, context: 'a.test' }), keyPem: KEY, keyUse: 'signs' };
    const b: QueryScope = { client: createRegistryClient({ url: REGISTRY, context: 'b.test' }), keyPem: KEY, keyUse: 'signs' };
    const noKey: QueryScope = { ...a, keyPem: null, keyUse: 'no-key' };
    expect(signedIndexOptions(a).queryKey).not.toEqual(signedIndexOptions(b).queryKey);
    expect(adminsOptions(a).queryKey).not.toEqual(adminsOptions(noKey).queryKey);
    expect(signersOptions(a).queryKey).not.toEqual(signersOptions(b).queryKey);
    expect(packageIndexOptions(a).queryKey).toEqual(packageIndexOptions(b).queryKey);
  });

  it('an unlocked key on an unsaved registry signs nothing: its reads share the unsigned keys', () => {
    const saved: QueryScope = { client: createRegistryClient({ url: REGISTRY }), keyPem: KEY, keyUse: 'signs' };
    const unsaved: QueryScope = { ...saved, keyUse: 'unsaved' };
    const noKey: QueryScope = { ...saved, keyPem: null, keyUse: 'no-key' };
    expect(adminsOptions(unsaved).queryKey).toEqual(adminsOptions(noKey).queryKey);
    expect(adminsOptions(unsaved).queryKey).not.toEqual(adminsOptions(saved).queryKey);
    expect(roleOptions(unsaved).queryKey).not.toEqual(roleOptions(noKey).queryKey);
    for (const s of [unsaved, noKey]) {
      expect(packageIndexOptions(s).queryKey).toEqual(packageIndexOptions(saved).queryKey);
      expect(registryInfoOptions(s).queryKey).toEqual(registryInfoOptions(saved).queryKey);
    }
  });
});
