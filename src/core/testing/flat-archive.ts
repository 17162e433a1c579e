/**
 * @module
 * Test helper: a crafted archive (no hashing shortcuts, any field can be wrong) whose root holds
 * the fixture manifest followed by `extra`, signed with the test-only seed. The §3.4 failure
 * cases of the reader start from it.
 */
import { encodeUtf8 } from '../bytes/utf8.ts';
import { craftArchive, type CraftEntry, type CraftOptions } from './craft.ts';
import { TEST_ONLY_SEED, fixtureManifest } from './fixtures.ts';

export function craftFlatArchive(
  extra: readonly CraftEntry[] = [],
  options: Partial<CraftOptions> = {},
): Uint8Array {
  const manifest = encodeUtf8(JSON.stringify(fixtureManifest()));
  return craftArchive([{ name: 'manifest.json', data: manifest }, ...extra], {
    seed: TEST_ONLY_SEED,
    ...options,
  });
}
