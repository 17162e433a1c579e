/**
 * Regression (issue 11, item 5): ids named like `Object.prototype` members. `categories[id] = …`
 * with id `__proto__` replaced the map's prototype (the category vanished from every answer),
 * and lookups such as `signers[id]` found inherited members (`constructor`) and crashed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHarness } from './testing/test-harness.ts';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('regression 11: registry keys named like Object.prototype members', () => {
  it('stores, serves and removes such category ids as data', async () => {
    const h = await createHarness();
    for (const id of HOSTILE) {
      expect((await h.call('package.category.add', { id, name: { [id]: `name of ${id}` } }, { key: h.admin })).error).toBeUndefined();
    }
    const listed = (await h.call('package.category.list', {})).result as Record<string, unknown>;
    expect(Object.keys(listed).sort()).toEqual([...HOSTILE].sort());
    expect(Object.getOwnPropertyDescriptor(listed, '__proto__')?.value).toEqual({ name: { ['__proto__']: 'name of __proto__' } });
    await h.call('package.category.remove', { id: '__proto__' }, { key: h.admin });
    const after = (await h.call('package.category.list', {})).result as Record<string, unknown>;
    expect(Object.hasOwn(after, '__proto__')).toBe(false);
  });

  it('answers unknown signer and package ids with not-found, never a crash', async () => {
    const h = await createHarness();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HOSTILE), async (id) => {
        const edit = await h.call('admin.signer.edit', { id, addContact: [], addKey: [], removeContact: [], removeKey: [] }, { key: h.admin });
        expect([6, -32602]).toContain(edit.error?.code); // unknown signer, or not a Guid
        const signers = await h.call('package.signer.list', { id });
        expect([6, -32602]).toContain(signers.error?.code); // unknown, or not a package id
        const get = await h.call('package.get', { id, otherVersions: 'none' });
        expect(get.error ?? get.result).toBeDefined();
      }),
      { numRuns: HOSTILE.length * 2 },
    );
  });
});
