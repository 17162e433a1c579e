/**
 * Tests for methods.ts: METHOD_ACCESS equals the committed copy of the spec registry-api.md §3.2
 * matrix (vectors/access-matrix.json), the params table follows §4.0 (required vs optional), the
 * `format` flags follow §4 and §12, and the schemas decode params and check results.
 */
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import matrix from './vectors/access-matrix.json';
import {
  METHOD_ACCESS,
  METHOD_NAMES,
  METHODS,
  isMethodName,
  type MethodName,
  type ParamsOf,
  type ResultOf,
} from './methods.ts';

describe('METHOD_ACCESS', () => {
  it('agrees with every row of the §3.2 matrix', () => {
    for (const row of matrix) {
      expect(isMethodName(row.method), row.method).toBe(true);
      const { method, ...access } = row;
      expect(METHOD_ACCESS[method as MethodName], method).toEqual(access);
    }
  });

  it('has exactly the methods of the matrix, in the same order', () => {
    expect(METHOD_NAMES).toEqual(matrix.map((r) => r.method));
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });

  it('has an entry for every method of the RpcMethods table', () => {
    // A missing or extra key in METHOD_ACCESS is a compile error; this pins the key set.
    expectTypeOf<keyof typeof METHOD_ACCESS>().toEqualTypeOf<MethodName>();
    expect(METHOD_NAMES).toHaveLength(49);
  });

  it('is frozen, so no caller can change a shared entry', () => {
    expect(Object.isFrozen(METHOD_ACCESS)).toBe(true);
    expect(Object.isFrozen(METHOD_ACCESS.index)).toBe(true);
  });

  it('rejects inner nodes and near-misses (§1.4)', () => {
    for (const name of ['package', 'admin.signer', 'os.asset.add', 'Info', 'registry.info', '']) {
      expect(isMethodName(name), name).toBe(false);
    }
    expect(isMethodName('toString')).toBe(false);
  });
});

describe('METHODS', () => {
  it('flags the methods whose params carry `format`: §4 *(display)* less os.asset.get.*, plus info.set-* (§12)', () => {
    expect(METHOD_NAMES.filter((m) => METHODS[m].format).sort()).toEqual(
      [
        'index',
        'info',
        'info.set-name',
        'info.set-icon',
        'package.index',
        'package.get',
        'package.signer.list',
        'package.category.list',
        'os.index',
        'os.version.get',
        'os.version.signer.list',
        'admin.signer.list',
        'admin.list',
        'metrics.summary',
        'metrics.users',
        'metrics.downloads',
      ].sort(),
    );
  });

  it('decodes params: optional keys take absent or null, required ones fail when missing', () => {
    const add = METHODS['package.signer.add'].params;
    expect(v.is(add, { id: 'a', signer: 'G', merge: true, versions: null })).toBe(true);
    expect(v.is(add, { id: 'a', signer: 'G' })).toBe(false);
    expect(v.is(add, { id: 'Not_An_Id', signer: 'G', merge: true })).toBe(false);
    const parsed = v.parse(add, { id: 'a', signer: 'G', merge: false, __Auth_signer: 'pem' });
    expect(parsed).toEqual({ id: 'a', signer: 'G', merge: false });
    expect(v.is(METHODS.info.params, { format: 'json' })).toBe(true);
    expect(v.is(METHODS.info.params, [])).toBe(false);
  });

  it('checks results per method: the schema types the parsed value', () => {
    const list = v.parse(METHODS['package.signer.list'].result, {
      G: [{ name: 'A', contact: [], keys: [] }, '*'],
    });
    expectTypeOf(list).toEqualTypeOf<ResultOf<'package.signer.list'>>();
    expect(list.G?.[1]).toBe('*');
    expect(v.is(METHODS['package.remove'].result, 'true')).toBe(false);
    expect(v.is(METHODS['admin.signer.add'].result, 'GUID')).toBe(true);
  });
});

describe('RpcMethods params (type level)', () => {
  it('never includes server-injected keys', () => {
    type Injected = {
      [M in MethodName]: Extract<keyof ParamsOf<M>, '__Auth_signer' | '__DeviceInfo_device_info'>;
    }[MethodName];
    expectTypeOf<Injected>().toBeNever();
  });

  it('marks required keys as required (§4.0)', () => {
    // merge is required on package.signer.add; arrays are required on admin.signer.edit
    expectTypeOf<{ id: string; signer: string }>().not.toExtend<ParamsOf<'package.signer.add'>>();
    expectTypeOf<{ id: string; signer: string; merge: boolean }>().toExtend<
      ParamsOf<'package.signer.add'>
    >();
    expectTypeOf<{ id: string }>().not.toExtend<ParamsOf<'admin.signer.edit'>>();
    // force is optional but not nullable (serde default bool)
    expectTypeOf<{ id: string }>().toExtend<ParamsOf<'package.remove'>>();
    expectTypeOf<{ id: string; force: null }>().not.toExtend<ParamsOf<'package.remove'>>();
    // opt keys accept null
    expectTypeOf<{ id: null; otherVersions: null }>().toExtend<ParamsOf<'package.get'>>();
    expectTypeOf<{ name: string }>().not.toExtend<ParamsOf<'info'>>();
  });

  it('types results', () => {
    expectTypeOf<ResultOf<'package.remove'>>().toEqualTypeOf<boolean>();
    expectTypeOf<ResultOf<'admin.signer.add'>>().toEqualTypeOf<string>();
    expectTypeOf<ResultOf<'info.set-name'>>().toEqualTypeOf<null>();
    expectTypeOf<ResultOf<'package.signer.list'>[string]>().toExtend<
      [unknown, string] | undefined
    >();
  });
});
