import { describe, expect, it } from 'vitest';
import { validateManifest } from '../s9pk/manifest.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../sign/keys.ts';
import { fixtureManifest, TEST_ONLY_SEED, type FixtureOptions } from '../testing/fixtures.ts';
import type { PackageVersionInfo } from '../rpc/types.ts';
import { diffSupplyChain, rankChanges, type SupplyChainChange } from './supply-chain-diff.ts';
import { ANY_ARCH, factsFromManifest, factsFromVersionInfo, type SupplyChainFacts } from './supply-chain-facts.ts';
import { assembleVersionInfo } from './version-record.ts';

const devPem = encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED));
const otherPem = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));

function facts(o: FixtureOptions = {}, extra: Record<string, unknown> = {}, key = devPem): SupplyChainFacts {
  return factsFromManifest(validateManifest({ ...fixtureManifest(o), ...extra }), key);
}

const kinds = (cs: SupplyChainChange[]) => cs.map((c) => c.kind);

describe('diffSupplyChain', () => {
  it('finds nothing between equal facts', () => {
    expect(diffSupplyChain(facts(), facts({ version: '1.0.1:0' }))).toEqual([]);
  });

  it('ranks a different developer key first, as critical, and names the new key', () => {
    const changes = diffSupplyChain(facts(), facts({ dependencies: [{ id: 'bitcoind' }], license: 'GPL-3.0' }, { packageRepo: 'https://evil.example/' }, otherPem));
    expect(changes[0]).toMatchObject({ kind: 'developer-key', risk: 'critical', added: [otherPem] });
    expect(kinds(changes)).toEqual(['developer-key', 'repository', 'dependency-added', 'license']);
  });

  it('a key that signed the previous version too is no change', () => {
    const before: SupplyChainFacts = { ...facts(), developerKeys: [devPem, otherPem].sort() };
    expect(diffSupplyChain(before, facts())).toEqual([]);
  });

  it('says when the key check was impossible', () => {
    expect(diffSupplyChain({ ...facts(), developerKeys: null }, facts())).toEqual([{ kind: 'developer-key-unknown', side: 'before', risk: 'medium' }]);
  });

  it('rates a new required dependency above a new optional one and a removed one', () => {
    const changes = diffSupplyChain(
      facts({ dependencies: [{ id: 'gone' }, { id: 'lnd', optional: true }] }),
      facts({ dependencies: [{ id: 'zcash' }, { id: 'electrs', optional: true }, { id: 'lnd', optional: false }] }),
    );
    expect(changes.map((c) => [c.kind, c.risk, 'id' in c ? c.id : ''])).toEqual([
      ['dependency-added', 'high', 'zcash'],
      ['dependency-added', 'medium', 'electrs'],
      ['dependency-optional', 'medium', 'lnd'],
      ['dependency-removed', 'low', 'gone'],
    ]);
  });

  it('rates a hardware flag turned on high and turned off low', () => {
    const changes = diffSupplyChain(facts({}, { userspaceFilesystems: true }), facts({}, { virtualNetworking: true }));
    expect(changes).toEqual([
      { kind: 'hardware-flag', flag: 'virtualNetworking', after: true, risk: 'high' },
      { kind: 'hardware-flag', flag: 'userspaceFilesystems', after: false, risk: 'low' },
    ]);
  });

  it('lists plugins, architectures, images, OS version and license', () => {
    const changes = diffSupplyChain(
      facts({ arches: ['x86_64'], images: ['main'], osVersion: '0.4.0' }),
      facts({ arches: ['aarch64', 'x86_64'], images: ['main', 'sidecar'], osVersion: '0.3.6', license: 'Apache-2.0' }, { plugins: ['url-v0'] }),
    );
    expect(kinds(changes)).toEqual(['plugin-added', 'image-added', 'license', 'architecture-added', 'os-version']);
    expect(changes.find((c) => c.kind === 'os-version')).toMatchObject({ before: '0.4.0', after: '0.3.6', lowered: true });
  });

  it('rankChanges is stable under input order', () => {
    const cs = diffSupplyChain(facts({ dependencies: [{ id: 'a' }] }), facts({ dependencies: [{ id: 'b' }, { id: 'c' }], license: 'X' }, {}, otherPem));
    expect(rankChanges([...cs].reverse())).toEqual(cs);
  });
});

describe('factsFromVersionInfo', () => {
  const info = (manifestOver: Record<string, unknown>, signatures: Record<string, string>): PackageVersionInfo =>
    assembleVersionInfo({
      manifest: validateManifest({ ...fixtureManifest(), ...manifestOver }),
      iconDataUrl: 'data:image/png;base64,AA==',
      dependencyMetadata: {},
      asset: { publishedAt: '2026-01-01T00:00:00Z', urls: [], commitment: { rootSighash: 'AA', rootMaxsize: 1 }, signatures },
      defaultOsVersion: '0.4.0',
    });

  it('takes a sole signature as the developer key, and an unlisted arch as any', () => {
    const f = factsFromVersionInfo('1.0.0:0', info({ hardwareRequirements: { device: [], ram: null, arch: null } }, { [devPem]: 'sig' }));
    expect(f.developerKeys).toEqual([devPem]);
    expect(f.architectures).toEqual([ANY_ARCH]);
    expect(f.images).toBeNull();
  });

  it('cannot tell the developer key among two signatures unless told', () => {
    const i = info({}, { [devPem]: 'a', [otherPem]: 'b' });
    expect(factsFromVersionInfo('1.0.0:0', i).developerKeys).toBeNull();
    expect(factsFromVersionInfo('1.0.0:0', i, () => otherPem).developerKeys).toEqual([otherPem]);
  });
});
