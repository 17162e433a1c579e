import { describe, expect, it } from 'vitest';
import { GPU, exampleIndex, variant } from '../testing/fixtures.ts';
import { dependentsOf, describeImpact, packageRemovalImpact, removalMessage, variantRemovalImpact, versionRemovalImpact } from './manage.ts';

const bitcoind = () => exampleIndex().packages['bitcoind']!;

describe('manage rules', () => {
  it('impact of removing a variant, a version, a package', () => {
    const info = structuredClone(bitcoind().versions['28.1:0']!);
    info.s9pks = [variant({ arch: ['x86_64'] }, 'AAAA'), variant({ arch: ['x86_64'], device: [GPU] }, 'BBBB')];
    const one = variantRemovalImpact(info, 'AAAA');
    expect(one).toMatchObject({ variants: 1, deletesVersion: false });
    expect(variantRemovalImpact({ ...info, s9pks: [info.s9pks[0]!] }, 'AAAA').deletesVersion).toBe(true);
    // Joined by Intl.ListFormat, which writes the serial comma in English.
    expect(describeImpact(versionRemovalImpact(info))).toMatch(/^1 version, 2 variants,? and \d+ download URLs?$/);
    const pkg = packageRemovalImpact(bitcoind());
    expect(pkg.versions).toBe(Object.keys(bitcoind().versions).length);
    expect(pkg.scopes).toBe(Object.keys(bitcoind().authorized).length);
  });

  it('finds the packages that depend on a package', () => {
    const index = exampleIndex();
    const deps = dependentsOf(index, 'bitcoind');
    const expected = Object.entries(index.packages)
      .filter(([id, p]) => id !== 'bitcoind' && Object.values(p.versions).some((v) => v.dependencyMetadata['bitcoind']))
      .map(([id]) => id);
    expect(deps.map((d) => d.id)).toEqual(expected.sort());
    index.packages['x'] = structuredClone(index.packages['bitcoind']!);
    index.packages['x'].versions['28.1:0']!.dependencyMetadata = { bitcoind: { title: 'B', icon: null, description: null, optional: true } };
    const x = dependentsOf(index, 'bitcoind').find((d) => d.id === 'x')!;
    expect(x.versions).toEqual(['28.1:0']);
    expect(x.optional).toBe(true);
  });
});

describe('removalMessage (issue 11, item 8)', () => {
  it('says so when package.remove answers false', () => {
    expect(removalMessage(true, 'hello-world 1.0.0:0')).toBe('Removed hello-world 1.0.0:0.');
    expect(removalMessage(false, 'hello-world 1.0.0:0')).toBe('Nothing was removed: the registry no longer had hello-world 1.0.0:0.');
  });
});
