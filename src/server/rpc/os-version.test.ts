// os.index, os.version.add/remove and os.version.signer.* through the HTTP handler
// (spec/registry-api.md §3.4, §4.6, §4.7 cascade, §4.11 idempotency).
import { describe, expect, it } from 'vitest';
import { memoryPorts } from '../ports.ts';
import { Store } from '../store/store.ts';
import { addAsset, addRelease, details, image } from '../testing/os-harness.ts';
import { createHarness, newKey } from '../testing/test-harness.ts';

describe('os.version.add / os.index', () => {
  it('creates a release with empty asset maps, the admin authorized and the range normalized', async () => {
    const h = await createHarness();
    await h.ok('os.version.add', { version: '0.4.0-beta.10', headline: 'Beta 10', releaseNotes: '# Notes', sourceVersion: '^0.3.5' }, { key: h.admin });
    expect(await h.ok('os.index', {})).toEqual({
      versions: {
        '0.4.0-beta.10': {
          headline: 'Beta 10',
          releaseNotes: '# Notes',
          sourceVersion: '>=0.3.5:0 <0.4:0',
          authorized: [h.adminGuid],
          iso: {},
          squashfs: {},
          img: {},
        },
      },
    });
  });

  it('upserts: overwrites texts and range, keeps assets and authorized, adds the caller', async () => {
    const h = await createHarness();
    const second = newKey();
    const guid = await h.addSigner('Second', second);
    await h.ok('admin.add', { signer: guid }, { key: h.admin });
    await addRelease(h, '0.4.0');
    const img = image(100);
    expect((await addAsset(h, h.admin, 'iso', { version: '0.4.0', platform: 'x86_64', url: 'https://a.test/x.iso', commitment: img.commitment })).error).toBeUndefined();
    await h.ok('os.version.add', { version: '0.4.0', headline: 'New', releaseNotes: 'Changed', sourceVersion: '>=0.3.6' }, { key: second });
    const r = (await h.ok('os.index', {})).versions['0.4.0'];
    expect(r).toMatchObject({ headline: 'New', releaseNotes: 'Changed', sourceVersion: '>=0.3.6:0', authorized: [h.adminGuid, guid].sort() });
    expect(Object.keys(r?.iso ?? {})).toEqual(['x86_64']);
  });

  it('keys releases by the printed version and orders them by exver', async () => {
    const h = await createHarness();
    for (const v of ['0.4.0', '0.3.5.1', '0.4.0-beta.10', '0.10.0']) await addRelease(h, v);
    expect(Object.keys((await h.ok('os.index', {})).versions)).toEqual(['0.3.5.1', '0.4.0-beta.10', '0.4.0', '0.10.0']);
  });

  it('is idempotent: a repeated add changes no revision', async () => {
    const h = await createHarness();
    await addRelease(h, '0.4.0');
    const rev = h.store.revision;
    await addRelease(h, '0.4.0');
    expect(h.store.revision).toBe(rev);
  });

  it('rejects a bad version or range with -32602 and changes nothing', async () => {
    const h = await createHarness();
    const add = (version: string, sourceVersion: string) =>
      h.call('os.version.add', { version, headline: '', releaseNotes: '', sourceVersion }, { key: h.admin });
    expect((await add('0.4.0:0', '*')).error?.code).toBe(-32602);
    expect((await add('not a version', '*')).error?.code).toBe(-32602);
    expect((await add('0.4.0', '>=>=')).error?.code).toBe(-32602);
    expect((await h.call('os.version.add', { version: '0.4.0', headline: 'x', sourceVersion: '*' }, { key: h.admin })).error).toMatchObject({ code: -32602, data: 'missing field `releaseNotes`' });
    expect((await h.ok('os.index', {})).versions).toEqual({});
  });

  it('persists like the rest of the database', async () => {
    const ports = memoryPorts();
    const h = await createHarness({ ports });
    await addRelease(h, '0.4.0', '>=0.3.5');
    const reopened = await Store.open(ports.storage);
    expect(reopened.db.index.os).toEqual(h.store.db.index.os);
    expect(Object.keys(reopened.db.index.os.versions)).toEqual(['0.4.0']);
  });
});

describe('os.version.remove', () => {
  it('deletes the release with its assets; an absent version is no error', async () => {
    const h = await createHarness();
    await addRelease(h, '0.4.0');
    await addRelease(h, '0.3.6');
    await addAsset(h, h.admin, 'img', { version: '0.4.0', platform: 'raspberrypi', url: 'https://a.test/x.img', commitment: image(10).commitment });
    await h.ok('os.version.remove', { version: '0.4.0' }, { key: h.admin });
    expect(Object.keys((await h.ok('os.index', {})).versions)).toEqual(['0.3.6']);
    const rev = h.store.revision;
    await h.ok('os.version.remove', { version: '0.4.0' }, { key: h.admin });
    expect(h.store.revision).toBe(rev);
    expect((await h.call('os.version.remove', { version: 'x' }, { key: h.admin })).error?.code).toBe(-32602);
  });
});

describe('os.version.signer.*', () => {
  it('adds, lists and removes authorized signers with upstream errors', async () => {
    const h = await createHarness();
    const k = newKey();
    const guid = await h.addSigner('Releaser', k);
    await addRelease(h, '0.4.0');

    const unknownSigner = await h.call('os.version.signer.add', { version: '0.9.0', signer: 'NOPE' }, { key: h.admin });
    expect(unknownSigner.error?.code).toBe(38);
    expect(details(unknownSigner)).toBe('unknown signer NOPE');
    const unknownVersion = await h.call('os.version.signer.add', { version: '0.9.0', signer: guid }, { key: h.admin });
    expect(unknownVersion.error?.code).toBe(6);
    expect(details(unknownVersion)).toBe('0.9.0');

    await h.ok('os.version.signer.add', { version: '0.4.0', signer: guid }, { key: h.admin });
    const rev = h.store.revision;
    await h.ok('os.version.signer.add', { version: '0.4.0', signer: guid }, { key: h.admin });
    expect(h.store.revision).toBe(rev);
    const list = await h.ok('os.version.signer.list', { version: '0.4.0' });
    expect(Object.keys(list)).toEqual([h.adminGuid, guid].sort());
    expect(list[guid]).toEqual({ name: 'Releaser', contact: [], keys: [k.pem] });
    expect((await h.call('os.version.signer.list', { version: '0.5.0' })).error).toMatchObject({ code: 6, data: { details: '0.5.0' } });

    await h.ok('os.version.signer.remove', { version: '0.4.0', signer: guid }, { key: h.admin });
    const again = await h.call('os.version.signer.remove', { version: '0.4.0', signer: guid }, { key: h.admin });
    expect(again.error?.code).toBe(6);
    expect(details(again)).toBe(`Signer ${guid} is not authorized to sign for v0.4.0`);
    expect((await h.call('os.version.signer.remove', { version: '0.5.0', signer: guid }, { key: h.admin })).error?.code).toBe(6);
    expect(Object.keys(await h.ok('os.version.signer.list', { version: '0.4.0' }))).toEqual([h.adminGuid]);
  });

  it('admin.signer.remove also removes the signer from every release (item 8)', async () => {
    const h = await createHarness();
    const guid = await h.addSigner('Releaser', newKey());
    for (const v of ['0.3.6', '0.4.0']) {
      await addRelease(h, v);
      await h.ok('os.version.signer.add', { version: v, signer: guid }, { key: h.admin });
    }
    await h.ok('admin.signer.remove', { id: guid }, { key: h.admin });
    const { versions } = await h.ok('os.index', {});
    expect(Object.values(versions).map((r) => r.authorized)).toEqual([[h.adminGuid], [h.adminGuid]]);
  });
});
