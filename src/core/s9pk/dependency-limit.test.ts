// Regression (issue 11, item 4): a signed manifest declaring 100 000 dependencies was inspected
// in full and froze the console. More than MAX_DEPENDENCIES are refused at open, naming the
// count and the limit; the limit itself is accepted.
import { describe, it, expect } from 'vitest';
import { memoryByteSource } from './byte-source.ts';
import { TEST_ONLY_SEED, fixtureManifest, fixtureTree, type FixtureDependency } from '../testing/fixtures.ts';
import { MAX_DEPENDENCIES } from './json-limits.ts';
import { validateManifest } from './manifest.ts';
import { openS9pk } from './open.ts';
import { writeS9pk } from './writer.ts';

/** `n` dependencies with no metadata.json or icon (only the manifest grows). */
const deps = (n: number): FixtureDependency[] =>
  Array.from({ length: n }, (_, i) => ({ id: `dep-${i}`, title: null, iconColor: null }));

/** A validly signed archive; the writer's own manifest check is off so the hostile one is signed. */
const signedWith = (n: number) =>
  writeS9pk(fixtureTree({ dependencies: deps(n) }), {
    seed: TEST_ONLY_SEED,
    layout: 'pack',
    checkMembers: false,
  });

const tooMany = (count: number) => ({
  code: 'S9PK_TOO_LARGE',
  message: `manifest.json declares ${count} dependencies; at most ${MAX_DEPENDENCIES} are accepted`,
  detail: { field: 'dependencies', count, limit: MAX_DEPENDENCIES },
});

describe('dependency count limit', () => {
  it('accepts MAX_DEPENDENCIES and refuses one more, with the count and the limit', () => {
    const at = validateManifest(fixtureManifest({ dependencies: deps(MAX_DEPENDENCIES) }));
    expect(Object.keys(at.dependencies)).toHaveLength(MAX_DEPENDENCIES);
    expect(() =>
      validateManifest(fixtureManifest({ dependencies: deps(MAX_DEPENDENCIES + 1) })),
    ).toThrow(expect.objectContaining(tooMany(MAX_DEPENDENCIES + 1)));
  });

  it('a signed archive over the limit is rejected at open with that reason', async () => {
    const count = 10_000; // fits under MAX_MANIFEST_BYTES, so only the count refuses it
    const file = await signedWith(count);
    await expect(openS9pk(memoryByteSource(file))).rejects.toMatchObject(tooMany(count));
  });

  it('a signed archive at the limit opens', async () => {
    const s9pk = await openS9pk(memoryByteSource(await signedWith(MAX_DEPENDENCIES)));
    expect(Object.keys(s9pk.manifest.dependencies)).toHaveLength(MAX_DEPENDENCIES);
  });
});
