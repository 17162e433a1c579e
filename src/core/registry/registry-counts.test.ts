import { describe, expect, it } from 'vitest';
import { example } from '../testing/example-index.ts';
import { registryCounts } from './registry-counts.ts';

describe('registryCounts', () => {
  it('counts the spec example: packages, versions, variants, signers, categories, OS releases', () => {
    // bitcoind 28.1:0 (two variants) and hello-world 0.1.0:0 (one); categories bitcoin, lightning
    expect(registryCounts(example)).toEqual({ packages: 2, versions: 2, variants: 3, signers: 3, categories: 2, osReleases: 1 });
  });

  it('counts an empty registry as zeros', () => {
    const empty = { ...example, package: { categories: {}, packages: {} }, os: { versions: {} }, signers: {} };
    expect(Object.values(registryCounts(empty))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
