import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.ts';
import json from './vectors/example-index.json';
import { validateResult } from './validate-result.ts';

function badAnswer(run: () => unknown): CoreError {
  try {
    run();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('validateResult (issue 11, item 6)', () => {
  it('names the method and the first bad field: info.name is an object', () => {
    const e = badAnswer(() => validateResult('info', {}, { name: { evil: true }, icon: null, categories: {} }));
    expect(e.code).toBe('RPC_BAD_RESPONSE');
    expect(e.message).toBe('info: bad answer: name: expected string, got Object');
    expect(e.detail).toMatchObject({ method: 'info', path: 'name', expected: 'string' });
  });

  it('rejects versions: null inside a package', () => {
    const index = structuredClone(json.package);
    const bad = { ...index, packages: { ...index.packages, 'hello-world': { ...index.packages['hello-world'], versions: null } } };
    const e = badAnswer(() => validateResult('package.index', {}, bad));
    expect(e.detail).toMatchObject({ method: 'package.index', path: 'packages.hello-world.versions' });
  });

  it('reports a required field missing deep inside an index', () => {
    const text = JSON.stringify({ ...json.package, packages: { 'hello-world': json.package.packages['hello-world'] } });
    const index: unknown = JSON.parse(text.replace('"commitment":', '"renamed":'));
    const e = badAnswer(() => validateResult('package.index', {}, index));
    expect(e.message).toBe('package.index: bad answer: packages.hello-world.versions.1.0.0:0.s9pks.0.1.commitment: missing');
  });

  it('passes unknown extra fields and picks the package.get shape from the params', () => {
    const index = structuredClone(json.package);
    const out = validateResult('package.index', {}, { ...index, extra: 1 });
    expect(Object.keys(out.packages)).toEqual(Object.keys(index.packages));
    const get = { categories: [], best: {}, otherVersions: { '1.0.0:0': { releaseNotes: 'x' } } };
    expect(validateResult('package.get', { id: 'hello-world' }, get)).toEqual(get);
    expect(badAnswer(() => validateResult('package.get', { id: 'hello-world', otherVersions: 'full' }, get)).detail).toMatchObject({
      path: 'otherVersions.1.0.0:0.title',
    });
  });
});
