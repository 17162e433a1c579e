import { describe, expect, it } from 'vitest';
import { memoryPorts, memoryStorage } from '../ports.ts';
import { createHarness, newKey, type Harness } from '../testing/test-harness.ts';

const details = (r: { error?: { data?: unknown } }) => (r.error?.data as { details?: string } | undefined)?.details;

/** Calls db.apply as admin and checks that the database and its revision did not move. */
async function rejected(h: Harness, expr: string) {
  const before = await h.ok('db.dump', {}, { key: h.admin });
  const r = await h.call('db.apply', { expr }, { key: h.admin });
  expect(await h.ok('db.dump', {}, { key: h.admin })).toEqual(before);
  return { code: r.error?.code, details: details(r) };
}

describe('db.apply (spec §4.8)', () => {
  it('replaces the database with the one output and advances the revision', async () => {
    const h = await createHarness();
    const before = await h.ok('db.dump', {}, { key: h.admin });
    expect(await h.ok('db.apply', { expr: '.index.name = "My Registry"', path: 'ignored' }, { key: h.admin })).toBeNull();
    const after = await h.ok('db.dump', {}, { key: h.admin });
    expect(after.id).toBe(before.id + 1);
    expect(await h.ok('info', {})).toMatchObject({ name: 'My Registry' });
  });

  it('keeps only what the model knows, as upstream re-serializes the typed database', async () => {
    const h = await createHarness();
    await h.ok('db.apply', { expr: '.extra = 1 | .index.name = "n"' }, { key: h.admin });
    const { value } = await h.ok('db.dump', {}, { key: h.admin });
    expect(Object.keys(value as object).sort()).toEqual(['admins', 'index', 'migrations']);
  });

  it('a parse failure is 38 "Failed to parse expression: …"', async () => {
    const r = await rejected(await createHarness(), '.index.name = ');
    expect(r.code).toBe(38);
    expect(r.details).toMatch(/^Failed to parse expression: syntax error/);
  });

  it('a compile failure is 38 "Failed to compile expression: …"', async () => {
    const r = await rejected(await createHarness(), 'nosuchfn(1)');
    expect(r).toEqual({ code: 38, details: expect.stringMatching(/^Failed to compile expression: nosuchfn\/1 is not defined/) });
  });

  it('zero or several outputs are 38, and so is an error after the first output', async () => {
    const h = await createHarness();
    expect(await rejected(h, 'empty')).toEqual({ code: 38, details: 'expr returned no results' });
    expect(await rejected(h, '., .')).toEqual({ code: 38, details: 'expr returned too many results' });
    expect(await rejected(h, '., error("late")')).toEqual({ code: 38, details: 'expr returned too many results' });
  });

  it('a model mismatch or a runtime error first is 12 (Deserialization)', async () => {
    const h = await createHarness();
    expect(await rejected(h, '.index.name = 5')).toEqual({ code: 12, details: 'result does not match database model' });
    expect(await rejected(h, 'del(.admins)')).toEqual({ code: 12, details: 'result does not match database model' });
    expect(await rejected(h, 'error("boom")')).toEqual({ code: 12, details: 'boom' });
  });

  it('is for admins only: a plain signer and an anonymous caller get 34, and nothing changes', async () => {
    const h = await createHarness();
    const key = newKey();
    await h.addSigner('Bob', key);
    const before = await h.ok('db.dump', {}, { key: h.admin });
    expect((await h.call('db.apply', { expr: '.index.name = "x"' }, { key })).error?.code).toBe(34);
    expect((await h.call('db.apply', { expr: '.index.name = "x"' })).error?.code).toBe(34);
    expect(await h.ok('db.dump', {}, { key: h.admin })).toEqual(before);
  });

  it('persists like every other write', async () => {
    const storage = memoryStorage();
    const h = await createHarness({ ports: { ...memoryPorts(), storage } });
    await h.ok('db.apply', { expr: '.index.name = "Saved"' }, { key: h.admin });
    expect(JSON.parse(storage.text ?? 'null')).toMatchObject({ db: { index: { name: 'Saved' } } });
  });

  it('the identity filter keeps a populated database as it was', async () => {
    const h = await createHarness();
    await h.addSigner('Carol', newKey());
    await h.ok('package.category.add', { id: 'tools', name: 'Tools' }, { key: h.admin });
    const before = await h.ok('db.dump', {}, { key: h.admin });
    await h.ok('db.apply', { expr: '.' }, { key: h.admin });
    expect((await h.ok('db.dump', {}, { key: h.admin })).value).toEqual(before.value);
  });
});
