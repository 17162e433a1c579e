// Overlapping sections (spec/s9pk-format.md §3.4 row 19): accepted by the lax reader as upstream
// does, refused with `refuseOverlaps` (the stand-in registry) and in strict mode.
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from './byte-source.ts';
import { buildFixtureS9pk } from '../testing/fixtures.ts';
import { openS9pk } from './open.ts';
import { aliasMembers } from '../testing/alias-members.ts';
import { rejectionCode } from '../testing/rejection-code.ts';

const body = new Uint8Array(64).fill(9);
const honest = await buildFixtureS9pk({
  dependencies: [{ id: 'a', iconColor: null }, { id: 'b', iconColor: null }],
  extraFiles: { 'dependencies/a/icon.png': body, 'dependencies/b/icon.png': body },
});
const aliased = await aliasMembers(honest, 'dependencies/a/icon.png', ['dependencies/b/icon.png']);
const open = (o: Parameters<typeof openS9pk>[1]) => rejectionCode(openS9pk(memoryByteSource(aliased), o));

describe('refuseOverlaps', () => {
  it('lax opens the aliased archive; refuseOverlaps and strict refuse it', async () => {
    expect(await open({ strict: false })).toBe('ok');
    expect(await open({ strict: false, refuseOverlaps: true })).toBe('S9PK_TRAILING_DATA');
    expect(await open({ strict: true })).toBe('S9PK_TRAILING_DATA');
  });

  it('refuseOverlaps does not require the last section to end the file', async () => {
    const trailing = new Uint8Array(honest.length + 3);
    trailing.set(honest);
    expect(await rejectionCode(openS9pk(memoryByteSource(trailing), { strict: false, refuseOverlaps: true }))).toBe('ok');
  });
});
