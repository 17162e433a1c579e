// manifest.json (spec/s9pk-format.md §6): defaults, legacy and unknown keys, type errors;
// and the §7 variant identity helpers.
import { describe, it, expect } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { fixtureManifest } from '../testing/fixtures.ts';
import { parseManifest, validateManifest } from './manifest.ts';
import {
  hardwareRequirementsEqual,
  relateVariants,
  variantSortKey,
  type VariantIdentity,
} from './variant.ts';

describe('manifest', () => {
  it('parses the fixture and keeps the raw object', () => {
    const { manifest, raw } = parseManifest(encodeUtf8(JSON.stringify(fixtureManifest())));
    expect(manifest.id).toBe('hello-world');
    expect(raw).toEqual(fixtureManifest());
  });

  it('applies defaults and tolerates legacy/unknown keys', () => {
    const m = fixtureManifest() as Record<string, unknown>;
    for (const k of [
      'gitHash',
      'packageRepo',
      'marketingUrl',
      'plugins',
      'satisfies',
      'dependencies',
      'hardwareRequirements',
      'osVersion',
    ]) {
      delete m[k];
    }
    const v = validateManifest({
      ...m,
      wrapperRepo: 'https://x/',
      alerts: { install: null },
      futureKey: 1,
    });
    expect(v.packageRepo).toBe('https://example.com/');
    expect(v.gitHash).toBeNull();
    expect(v.hardwareRequirements).toEqual({ device: [], ram: null, arch: null });
    expect(v.dependencies).toEqual({});
  });

  it('rejects wrong types with the field name', () => {
    const bad: [string, unknown][] = [
      ['id', 'Not An Id'],
      ['title', 5],
      ['upstreamRepo', 'not a url'],
      ['volumes', 'main'],
      ['description', 'x'],
      ['dependencies', { tor: { description: null } }],
      ['hardwareRequirements', { device: [{ class: 'gpu' }] }],
    ];
    for (const [field, value] of bad) {
      expect(() => validateManifest({ ...fixtureManifest(), [field]: value }), field).toThrow(
        expect.objectContaining({ code: 'S9PK_BAD_MANIFEST' }),
      );
    }
    expect(() => parseManifest(encodeUtf8('{'))).toThrow(
      expect.objectContaining({ code: 'S9PK_BAD_MANIFEST' }),
    );
  });
});

describe('variants (§7)', () => {
  const hw = (arch: string[] | null, ram: number | null = null) => ({ device: [], ram, arch });
  const id = (arch: string[] | null, sighash = 'A'): VariantIdentity => ({
    id: 'x',
    version: '1.0:0',
    hardwareRequirements: hw(arch),
    commitment: { rootSighash: sighash.repeat(43), rootMaxsize: 100 },
  });

  it('hardware equality: arch as a set, null distinct', () => {
    expect(hardwareRequirementsEqual(hw(['x86_64', 'aarch64']), hw(['aarch64', 'x86_64']))).toBe(
      true,
    );
    expect(hardwareRequirementsEqual(hw(null), hw([]))).toBe(false);
    expect(hardwareRequirementsEqual(hw(null, 1), hw(null, 2))).toBe(false);
  });

  it('relations: same file, replacement, new variant', () => {
    expect(relateVariants(id(['x86_64']), id(['x86_64']))).toBe('same-file');
    expect(relateVariants(id(['x86_64']), id(['x86_64'], 'B'))).toBe('replacement');
    expect(relateVariants(id(['x86_64']), id(['aarch64']))).toBe('new-variant');
    expect(variantSortKey(hw(['x86_64'])) < variantSortKey(hw(null))).toBe(true);
  });
});
