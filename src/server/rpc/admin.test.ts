import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RegistryDatabaseSchema } from '../../core/rpc/schemas/registry.ts';
import { createHarness, newKey } from '../testing/test-harness.ts';

const details = (r: { error?: { data?: unknown } }) => (r.error?.data as { details?: string } | undefined)?.details;

describe('admin.signer.* and admin.*', () => {
  it('adds, lists, edits and removes signers with the upstream rules', async () => {
    const h = await createHarness();
    const k = newKey();
    const crlf = k.pem.replace(/\n/g, '\r\n');
    const guid = await h.ok('admin.signer.add', { name: 'Alice', contact: [{ email: 'a@x.test' }, { website: 'https://a.test' }], keys: [crlf, k.pem] }, { key: h.admin });
    expect(guid).toMatch(/^[A-Z2-7]{32}$/);
    const list = await h.ok('admin.signer.list', {}, { key: h.admin });
    expect(list[guid]).toEqual({ name: 'Alice', contact: [{ email: 'a@x.test' }, { website: 'https://a.test/' }], keys: [k.pem] });
    expect(Object.keys(list)).toEqual([...Object.keys(list)].sort());

    const dup = await h.call('admin.signer.add', { name: 'Eve', contact: [], keys: [k.pem] }, { key: h.admin });
    expect(dup.error?.code).toBe(38);
    expect(details(dup)).toBe(`A signer ${guid} (Alice) already exists with a matching key`);

    const k2 = newKey();
    await h.ok('admin.signer.edit', { id: guid, setName: 'Alice B', addContact: [{ matrix: '@a:x.test' }], addKey: [k2.pem], removeContact: [{ email: 'a@x.test' }], removeKey: [k.pem] }, { key: h.admin });
    const after = (await h.ok('admin.signer.list', {}, { key: h.admin }))[guid];
    expect(after).toEqual({ name: 'Alice B', contact: [{ website: 'https://a.test/' }, { matrix: '@a:x.test' }], keys: [k2.pem] });
    expect((await h.call('admin.signer.edit', { id: guid, addContact: [], addKey: [] }, { key: h.admin })).error).toMatchObject({ code: -32602 });
    expect((await h.call('admin.signer.edit', { id: 'NOPE', addContact: [], addKey: [], removeContact: [], removeKey: [] }, { key: h.admin })).error?.code).toBe(6);
    expect((await h.call('admin.signer.add', { name: 'x', contact: [{ phone: '1' }], keys: [] }, { key: h.admin })).error?.code).toBe(-32602);

    await h.ok('admin.add', { signer: guid }, { key: h.admin });
    expect(Object.keys(await h.ok('admin.list', {}, { key: h.admin }))).toContain(guid);
    expect(details(await h.call('admin.add', { signer: 'NOPE' }, { key: h.admin }))).toBe('unknown signer NOPE');
    await h.ok('admin.remove', { signer: guid }, { key: h.admin });
    await h.ok('admin.remove', { signer: 'whatever' }, { key: h.admin });
    expect(Object.keys(await h.ok('admin.list', {}, { key: h.admin }))).toEqual([h.adminGuid]);

    await h.ok('admin.signer.remove', { id: guid }, { key: h.admin });
    const again = await h.call('admin.signer.remove', { id: guid }, { key: h.admin });
    expect(again.error?.code).toBe(6);
    expect(details(again)).toBe('Unknown signer');
  });

  it('an admin can remove their own admin status (upstream allows it)', async () => {
    const h = await createHarness();
    await h.ok('admin.remove', { signer: h.adminGuid }, { key: h.admin });
    expect((await h.call('admin.list', {}, { key: h.admin })).error?.code).toBe(34);
  });
});

describe('info and categories', () => {
  it('sets name and icon; validates the data URL', async () => {
    const h = await createHarness();
    await h.ok('info.set-name', { name: 'My Registry' }, { key: h.admin });
    await h.ok('info.set-icon', { icon: 'data:image/png;base64,iVBORw0KGgo=' }, { key: h.admin });
    expect(await h.ok('info', {})).toEqual({ name: 'My Registry', icon: 'data:image/png;base64,iVBORw0KGgo=', categories: {} });
    expect((await h.call('info.set-icon', { icon: 'https://x.test/a.png' }, { key: h.admin })).error?.code).toBe(-32602);
  });

  it('category add/overwrite/list/remove; add-package needs the package (6) but not the category', async () => {
    const h = await createHarness();
    await h.ok('package.category.add', { id: 'tools', name: 'Tools' }, { key: h.admin });
    await h.ok('package.category.add', { id: 'tools', name: { en_US: 'Tools', de_DE: 'Werkzeuge' } }, { key: h.admin });
    await h.ok('package.category.add', { id: 'apps', name: 'Apps' }, { key: h.admin });
    expect(await h.ok('package.category.list', {})).toEqual({ apps: { name: 'Apps' }, tools: { name: { en_US: 'Tools', de_DE: 'Werkzeuge' } } });
    const missing = await h.call('package.category.add-package', { id: 'tools', package: 'hello' }, { key: h.admin });
    expect(missing.error?.code).toBe(6);
    expect(details(missing)).toBe('hello');
    expect((await h.call('package.category.add-package', { id: 'tools', package: 'Bad_Id' }, { key: h.admin })).error?.code).toBe(-32602);
    await h.ok('package.category.remove', { id: 'tools' }, { key: h.admin });
    await h.ok('package.category.remove', { id: 'tools' }, { key: h.admin });
    expect(await h.ok('package.category.list', {})).toEqual({ apps: { name: 'Apps' } });
  });
});

describe('db.dump', () => {
  it('dumps the document with a revision and resolves JSON pointers', async () => {
    const h = await createHarness();
    const r0 = await h.ok('db.dump', {}, { key: h.admin });
    const db = v.parse(RegistryDatabaseSchema, r0.value);
    expect(db.admins).toEqual([h.adminGuid]);
    expect(db.migrations).toEqual(['PackageSignerScopeMigration', 'RegistryAssetArray']);
    await h.ok('info.set-name', { name: 'R' }, { key: h.admin });
    const r1 = await h.ok('db.dump', { pointer: '/index/name' }, { key: h.admin });
    expect(r1).toEqual({ id: r0.id + 1, value: 'R' });
    expect((await h.ok('db.dump', { pointer: '/index/nope/x' }, { key: h.admin })).value).toBeNull();
    expect((await h.ok('db.dump', { pointer: '/admins/0' }, { key: h.admin })).value).toBe(h.adminGuid);
  });
});
