// Bounds on the archive's JSON members: serde_json's nesting limit and MAX_MANIFEST_BYTES, on
// the text, through parseManifest, and on signed archives built with the writer (whose own
// manifest check is skipped so that the hostile manifest gets signed).
import { describe, it, expect } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { isCoreError } from '../errors.ts';
import { memoryByteSource } from './byte-source.ts';
import { TEST_ONLY_SEED, fixtureManifest, fixtureTree, type FixtureOptions } from '../testing/fixtures.ts';
import {
  JSON_RECURSION_LIMIT,
  MAX_MANIFEST_BYTES,
  jsonNestingDepth,
  assertJsonDepth,
} from './json-limits.ts';
import { parseManifest } from './manifest.ts';
import { readDependencyMetadata } from './members.ts';
import { openS9pk } from './open.ts';
import { writeS9pk } from './writer.ts';

/** An array nested `depth` levels deep, as JSON text. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** The fixture manifest with an unknown key nested `depth` levels deep (itself included). */
const deepManifest = (depth: number) =>
  encodeUtf8(JSON.stringify(fixtureManifest()).replace(/^\{/, `{"futureKey":${nested(depth - 1)},`));

/** A validly signed archive; the writer's manifest check is off so hostile members get signed. */
const signedWith = (o: FixtureOptions) =>
  writeS9pk(fixtureTree(o), { seed: TEST_ONLY_SEED, layout: 'pack', checkMembers: false });

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!isCoreError(e)) throw new Error(`expected a CoreError, got ${String(e)}`);
  return { code: e.code, message: e.message, detail: e.detail };
}

describe('jsonNestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings or after escapes', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('{"a":[{"b":[]}],"c":{}}')).toBe(4);
    expect(jsonNestingDepth('["[[[{{", "\\"[[[", {"k\\\\":"]"}]')).toBe(2);
  });
});

describe('assertJsonDepth', () => {
  it('accepts 127 levels and refuses 128, like serde_json', () => {
    expect(() => assertJsonDepth(nested(JSON_RECURSION_LIMIT - 1), 'x.json')).not.toThrow();
    expect(() => assertJsonDepth(nested(JSON_RECURSION_LIMIT), 'x.json')).toThrow(
      expect.objectContaining({
        code: 'S9PK_JSON_TOO_DEEP',
        detail: { path: 'x.json', depth: 128, limit: 128 },
      }),
    );
  });
});

describe('parseManifest bounds', () => {
  it('keeps an unknown key nested 127 deep, refuses 128 with the depth', () => {
    expect(parseManifest(deepManifest(127)).raw).toHaveProperty('futureKey');
    expect(() => parseManifest(deepManifest(5000))).toThrow(
      expect.objectContaining({
        code: 'S9PK_JSON_TOO_DEEP',
        detail: { path: 'manifest.json', depth: 5000, limit: JSON_RECURSION_LIMIT },
      }),
    );
  });

  it('refuses a manifest over MAX_MANIFEST_BYTES before decoding it', () => {
    const big = encodeUtf8(
      JSON.stringify({ ...fixtureManifest(), pad: 'x'.repeat(MAX_MANIFEST_BYTES) }),
    );
    expect(() => parseManifest(big)).toThrow(
      expect.objectContaining({
        code: 'S9PK_TOO_LARGE',
        detail: { path: 'manifest.json', size: big.length, limit: MAX_MANIFEST_BYTES },
      }),
    );
  });
});

describe('signed archives with hostile JSON members', () => {
  it('a deeply nested unknown manifest key fails at open with S9PK_JSON_TOO_DEEP', async () => {
    const file = await signedWith({ extraFiles: { 'manifest.json': deepManifest(20_000) } });
    const e = await failure(openS9pk(memoryByteSource(file)));
    expect(e.code).toBe('S9PK_JSON_TOO_DEEP');
    expect(e.detail).toEqual({ path: 'manifest.json', depth: 20_000, limit: 128 });
    expect(e.message).toContain('at most 127');
  });

  it('an oversized manifest is refused from its table size, with the limit', async () => {
    const pad = { ...fixtureManifest(), pad: 'x'.repeat(MAX_MANIFEST_BYTES) };
    const file = await signedWith({ extraFiles: { 'manifest.json': encodeUtf8(JSON.stringify(pad)) } });
    const e = await failure(openS9pk(memoryByteSource(file)));
    expect(e.code).toBe('S9PK_TOO_LARGE');
    expect(e.detail).toMatchObject({ path: 'manifest.json', limit: MAX_MANIFEST_BYTES });
  });

  it('dependency metadata.json is bounded the same way', async () => {
    const path = 'dependencies/tor/metadata.json';
    const deep = await signedWith({
      dependencies: [{ id: 'tor' }],
      extraFiles: { [path]: encodeUtf8(`{"title":"Tor","x":${nested(200)}}`) },
    });
    const s9pk = await openS9pk(memoryByteSource(deep));
    expect(await failure(readDependencyMetadata(s9pk))).toMatchObject({
      code: 'S9PK_JSON_TOO_DEEP',
      detail: { path, depth: 201 },
    });
    const big = await signedWith({
      dependencies: [{ id: 'tor' }],
      extraFiles: { [path]: encodeUtf8(JSON.stringify({ title: 'x'.repeat(MAX_MANIFEST_BYTES) })) },
    });
    expect(await failure(readDependencyMetadata(await openS9pk(memoryByteSource(big))))).toMatchObject({
      code: 'S9PK_TOO_LARGE',
      detail: { path, limit: MAX_MANIFEST_BYTES },
    });
  });
});
