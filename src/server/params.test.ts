/**
 * Tests for params.ts: the core table's params schemas decode every call's params in the
 * stand-in, and their issues read like upstream's serde errors (spec registry-api.md §4.0).
 */
import { describe, expect, it } from 'vitest';
import { createHarness } from './testing/test-harness.ts';

describe('parameter decoding (§4.0)', () => {
  it('answers -32602 with serde-like texts', async () => {
    const h = await createHarness();
    const admin = { key: h.admin };
    const data = async (method: string, params: unknown) => {
      const { error } = await h.call(method, params, admin);
      expect(error?.code, method).toBe(-32602);
      return error?.data;
    };
    expect(await data('package.signer.add', { id: 'x', signer: 'y' })).toBe(
      'missing field `merge`',
    );
    expect(await data('info.set-name', { name: null })).toBe(
      'invalid type: null, expected a string for `name`',
    );
    expect(await data('package.get', { otherVersions: 'most' })).toBe(
      'unknown variant `most`, expected one of `none`, `short`, `full` for `otherVersions`',
    );
    expect(await data('package.get', { id: 'Bad_Id' })).toBe('Invalid ID: Bad_Id for `id`');
    expect(await data('package.add', { urls: ['u', 7], commitment: {}, signature: 's' })).toBe(
      'invalid type: number `7`, expected a string for `urls[1]`',
    );
    expect(
      await data('package.add-mirror', {
        url: 'u',
        commitment: { rootSighash: 'AA' },
        signature: 's',
      }),
    ).toBe('missing field `rootMaxsize`');
    expect(
      await data('package.add-mirror', {
        url: 'u',
        commitment: { rootSighash: 'AA', rootMaxsize: -1 },
        signature: 's',
      }),
    ).toBe('invalid type: number `-1`, expected u64 for `commitment.rootMaxsize`');
    expect(await data('admin.signer.add', { name: 'A', contact: [{ phone: '1' }], keys: [] })).toBe(
      'data did not match any variant for `contact[0]`',
    );
    // `force` is a serde default bool: absent is false, null is a type error as upstream.
    expect(await data('package.remove', { id: 'p', force: null })).toBe(
      'invalid type: null, expected a boolean for `force`',
    );
  });

  it('accepts absent or null optional keys and ignores unknown keys', async () => {
    const h = await createHarness();
    expect(
      (await h.call('package.get', { id: null, targetVersion: null, extra: [1] })).result,
    ).toEqual({});
    expect(
      (await h.call('db.dump', { pointer: null, unknown: true }, { key: h.admin })).error,
    ).toBeUndefined();
  });
});
