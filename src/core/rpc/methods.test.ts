/**
 * Tests for methods.ts: METHOD_ACCESS equals the committed copy of the spec registry-api.md §3.2
 * matrix (vectors/access-matrix.json), and the params table follows §4.0 (required vs optional).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import matrix from './vectors/access-matrix.json';
import {
  METHOD_ACCESS,
  METHOD_NAMES,
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
