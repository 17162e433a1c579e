import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, newKey, type Harness } from '../testing/test-harness.ts';
import { publish, startFileHost, type FileHost } from '../testing/publish-harness.ts';

let files: FileHost;
beforeAll(async () => {
  files = await startFileHost();
});
afterAll(() => files.close());

const details = (r: { error?: { data?: unknown } }) => (r.error?.data as { details?: string } | undefined)?.details;
const index = (h: Harness) => h.ok('package.index', {});

async function seed(h: Harness, id: string, versions: string[], extra: Parameters<FileHost['put']>[1] = {}) {
  for (const v of versions) {
    const f = await files.put(`${id}-${v.replace(/[^a-z0-9.]/gi, '_')}.s9pk`, { id, version: v, ...extra });
    const r = await publish(h, h.admin, [f.url], f.commitment);
    if (r.error) throw new Error(JSON.stringify(r.error));
  }
}

describe('package.remove', () => {
  it('by sighash, by version, whole package with force', async () => {
    const h = await createHarness();
    await seed(h, 'rm', ['1.0.0:0', '2.0.0:0']);
    const arm = await files.put('rm-arm.s9pk', { id: 'rm', version: '2.0.0:0', arches: ['aarch64'] });
    await publish(h, h.admin, [arm.url], arm.commitment);
    expect((await index(h)).packages.rm!.versions['2.0.0:0']!.s9pks).toHaveLength(2);
    expect(await h.ok('package.remove', { id: 'rm', version: '2.0.0:0', sighash: arm.commitment.rootSighash }, { key: h.admin })).toBe(true);
    expect((await index(h)).packages.rm!.versions['2.0.0:0']!.s9pks).toHaveLength(1);
    expect(await h.ok('package.remove', { id: 'rm', version: '2.0.0:0', sighash: arm.commitment.rootSighash }, { key: h.admin })).toBe(false);
    expect(await h.ok('package.remove', { id: 'rm', version: '1.0.0:0' }, { key: h.admin })).toBe(true);
    const noForce = await h.call('package.remove', { id: 'rm' }, { key: h.admin });
    expect(noForce.error?.code).toBe(38);
    expect(details(noForce)).toBe('Package rm has versions; use --force to remove');
    expect(await h.ok('package.remove', { id: 'rm', force: true }, { key: h.admin })).toBe(true);
    expect(await h.ok('package.remove', { id: 'rm', force: true }, { key: h.admin })).toBe(false);
    expect((await index(h)).packages.rm).toBeUndefined();
  });

  it('a scoped signer removes inside its range only; unknown package is 6', async () => {
    const h = await createHarness();
    await seed(h, 'sc', ['1.0.0:0', '3.0.0:0']);
    const dev = newKey();
    const guid = await h.addSigner('Dev', dev);
    expect((await h.call('package.remove', { id: 'nothing', version: '1.0.0:0' }, { key: dev })).error?.code).toBe(6);
    expect((await h.call('package.remove', { id: 'sc', version: '1.0.0:0' }, { key: dev })).error?.code).toBe(34);
    await h.ok('package.signer.add', { id: 'sc', signer: guid, versions: '^1.0.0', merge: false }, { key: h.admin });
    expect((await h.ok('package.signer.list', { id: 'sc' }))[guid]![1]).toBe('>=1.0.0:0 <2:0');
    expect(await h.ok('package.remove', { id: 'sc', version: '1.0.0:0' }, { key: dev })).toBe(true);
    expect((await h.call('package.remove', { id: 'sc', version: '3.0.0:0' }, { key: dev })).error?.code).toBe(34);
  });
});

describe('categories and signer cascades', () => {
  it('deleting a category leaves dangling ids; add-package accepts undefined ids', async () => {
    const h = await createHarness();
    await seed(h, 'cat', ['1.0.0:0']);
    await h.ok('package.category.add', { id: 'tools', name: 'Tools' }, { key: h.admin });
    await h.ok('package.category.add-package', { id: 'tools', package: 'cat' }, { key: h.admin });
    await h.ok('package.category.add-package', { id: 'ghost', package: 'cat' }, { key: h.admin });
    await h.ok('package.category.remove', { id: 'tools' }, { key: h.admin });
    expect((await index(h)).packages.cat!.categories).toEqual(['ghost', 'tools']);
    await h.ok('package.category.remove-package', { id: 'tools', package: 'cat' }, { key: h.admin });
    expect((await index(h)).packages.cat!.categories).toEqual(['ghost']);
  });

  it('removing a signer removes its scopes and admin status', async () => {
    const h = await createHarness();
    await seed(h, 'casc', ['1.0.0:0']);
    const dev = newKey();
    const guid = await h.addSigner('Dev', dev);
    await h.ok('package.signer.add', { id: 'casc', signer: guid, merge: false }, { key: h.admin });
    await h.ok('admin.add', { signer: guid }, { key: h.admin });
    expect((await index(h)).packages.casc!.authorized).toEqual({ [guid]: '*' });
    await h.ok('admin.signer.remove', { id: guid }, { key: h.admin });
    expect((await index(h)).packages.casc!.authorized).toEqual({});
    expect(Object.keys(await h.ok('admin.list', {}, { key: h.admin }))).toEqual([h.adminGuid]);
    const removeScope = await h.call('package.signer.remove', { id: 'casc', signer: guid }, { key: h.admin });
    expect(details(removeScope)).toBe(`Signer ${guid} is not authorized to sign for casc`);
    expect(details(await h.call('package.signer.add', { id: 'casc', signer: guid, merge: false }, { key: h.admin }))).toBe(`unknown signer ${guid}`);
  });
});

describe('package.get', () => {
  it('best/other selection, levels, ordering, unknown id, metrics side effect', async () => {
    const h = await createHarness();
    await seed(h, 'pg', ['1.0.0:0', '1.10.0:0', '1.2.0:0']);
    await seed(h, 'pg', ['#knots:1.0.0:0'], { title: 'Hello World' });
    const short = await h.get({ id: 'pg' });
    expect(Object.keys(short.best)).toEqual(['#knots:1.0.0:0', '1.10.0:0']);
    expect(Object.keys(short.otherVersions)).toEqual(['1.0.0:0', '1.2.0:0']);
    expect(short.otherVersions['1.2.0:0']).toEqual({ releaseNotes: { en_US: 'Release 1.2.0:0' } });
    const none = await h.get({ id: 'pg', otherVersions: 'none' });
    expect('otherVersions' in none).toBe(false);
    const full = await h.get({ id: 'pg', otherVersions: 'full' });
    expect(full.otherVersions['1.0.0:0']!.s9pks).toHaveLength(1);
    expect(await h.get({ id: 'unknown' })).toEqual({ categories: [], best: {}, otherVersions: {} });
    expect(await h.get({ id: 'unknown', otherVersions: 'none' })).toEqual({ categories: [], best: {} });
    const all = await h.get({ targetVersion: '>=1.5.0:0' });
    expect(Object.keys(all)).toEqual(['pg']);
    expect(Object.keys(all.pg!.best)).toEqual(['1.10.0:0']);
    expect(h.metrics.packageRequestCount).toBe(0);
    await h.ok('package.get', { id: 'pg', targetVersion: '=1.2.0:0', otherVersions: 'none' });
    expect(h.metrics.packageRequestCount).toBe(1);
    expect(h.metrics.lastPackageRequest).toMatchObject({ pkgId: 'pg', version: '1.2.0:0' });
  });

  it('device info filters by os.compat, arch and RAM, re-sorts variants and localizes', async () => {
    const h = await createHarness();
    const base = { id: 'dev', releaseNotes: { en_US: 'Notes', de_DE: 'Hinweise' } };
    for (const [name, opts] of [
      ['x86', { arches: ['x86_64'] as ['x86_64'] }],
      ['arm', { arches: ['aarch64'] as ['aarch64'], ram: 8 * 2 ** 30 }],
    ] as const) {
      const f = await files.put(`dev-${name}.s9pk`, { ...base, ...opts });
      await publish(h, h.admin, [f.url], f.commitment);
    }
    const old = await files.put('dev-old.s9pk', { ...base, version: '0.9.0:0', osVersion: '0.3.5' });
    await publish(h, h.admin, [old.url], old.commitment);
    const device = (arch: string, ram: number, language = 'de_DE') => ({
      os: { version: '0.4.0-beta.10', compat: '>=0.4.0-alpha.0:0 <=0.4.0-beta.10:0', platform: arch, language },
      hardware: { arch, ram },
    });
    const asX86 = await h.get({ id: 'dev', otherVersions: 'full' }, { deviceInfo: device('x86_64', 4 * 2 ** 30) });
    expect(Object.keys(asX86.best)).toEqual(['1.0.0:0']);
    expect(asX86.otherVersions).toEqual({});
    expect(asX86.best['1.0.0:0']!.s9pks.map(([hw]) => hw.arch)).toEqual([['x86_64']]);
    expect(asX86.best['1.0.0:0']!.releaseNotes).toBe('Hinweise');
    const smallArm = await h.get({ id: 'dev' }, { deviceInfo: device('aarch64', 2 ** 30) });
    expect(smallArm.best).toEqual({});
    const bad = await h.call('package.get', { id: 'dev' }, { headers: { 'X-StartOS-Device-Info': 'os.version=0.4.0&os.platform=x86_64' } });
    expect(bad.error?.code).toBe(6);
    expect(details(bad)).toBe('os.compat');
    const badVersion = await h.call('package.get', { id: 'dev' }, { headers: { 'X-StartOS-Device-Info': 'os.version=zz&os.compat=*&os.platform=x86_64' } });
    expect(badVersion.error?.code).toBe(14);
  });
});
