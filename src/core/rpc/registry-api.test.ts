/**
 * Tests for registry-api.ts: every API function calls the right method of spec registry-api.md §4
 * with an object as params (§1.3), and passes call options through.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CallOptions } from './call-options.ts';
import { METHOD_NAMES, type MethodName } from './methods.ts';
import { createRegistryApi, type RegistryApi, type RpcCall } from './registry-api.ts';
import type { PackageGetAll, PackageGetFull, PackageGetNone, PackageGetShort } from './types.ts';

interface Recorded {
  method: string;
  params: unknown;
  opts: CallOptions | undefined;
}

/** A fake transport that records each call and resolves with a marker. */
function recordingApi(): { api: RegistryApi; calls: Recorded[] } {
  const calls: Recorded[] = [];
  const call = ((method: string, params: unknown, opts?: CallOptions) => {
    calls.push({ method, params, opts });
    return Promise.resolve({ marker: method });
  }) as RpcCall;
  return { api: createRegistryApi(call), calls };
}

const commitment = {
  rootSighash: 'a1TQXyR6WG+Cg3dQ4Cr/UJsb45xa6IjxuIaWRfJDI/o',
  rootMaxsize: 2345,
};
const blake3 = { hash: 'V8ciDn4EXMbI7lQqogUiiMQ2NuNyil23hViLtnwFloA', size: 1610612736 };
const sig = '-----BEGIN SIGNATURE-----\n…\n-----END SIGNATURE-----\n';
const pem = '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n';
const guid = 'RRUXNZNVIECBLPPJBC6U33QV36YWPKOI';
const asset = { version: '0.4.0-beta.10', platform: 'x86_64' };
const assetAdd = {
  ...asset,
  url: 'https://files.example.com/os.iso',
  signature: sig,
  commitment: blake3,
};
const edit = { id: guid, addContact: [], addKey: [pem], removeContact: [], removeKey: [] };

/** [api path, invocation, expected method, expected params]. */
type Case = [string, (api: RegistryApi) => Promise<unknown>, MethodName, object];

const CASES: Case[] = [
  ['index', (a) => a.index(), 'index', {}],
  ['info.get', (a) => a.info.get(), 'info', {}],
  ['info.setName', (a) => a.info.setName({ name: 'R' }), 'info.set-name', { name: 'R' }],
  [
    'info.setIcon',
    (a) => a.info.setIcon({ icon: 'data:image/png;base64,AA==' }),
    'info.set-icon',
    { icon: 'data:image/png;base64,AA==' },
  ],
  ['package.index', (a) => a.package.index(), 'package.index', {}],
  ['package.get', (a) => a.package.get({ id: 'bitcoind' }), 'package.get', { id: 'bitcoind' }],
  [
    'package.add',
    (a) => a.package.add({ urls: ['https://x/'], commitment, signature: sig }),
    'package.add',
    { urls: ['https://x/'], commitment, signature: sig },
  ],
  [
    'package.addMirror',
    (a) => a.package.addMirror({ url: 'https://x/', commitment, signature: sig }),
    'package.add-mirror',
    { url: 'https://x/', commitment, signature: sig },
  ],
  [
    'package.remove',
    (a) => a.package.remove({ id: 'x', force: true }),
    'package.remove',
    { id: 'x', force: true },
  ],
  [
    'package.removeMirror',
    (a) => a.package.removeMirror({ id: 'x', version: '1:0', url: 'https://x/' }),
    'package.remove-mirror',
    { id: 'x', version: '1:0', url: 'https://x/' },
  ],
  [
    'package.signer.add',
    (a) => a.package.signer.add({ id: 'x', signer: guid, merge: false }),
    'package.signer.add',
    { id: 'x', signer: guid, merge: false },
  ],
  [
    'package.signer.remove',
    (a) => a.package.signer.remove({ id: 'x', signer: guid }),
    'package.signer.remove',
    { id: 'x', signer: guid },
  ],
  [
    'package.signer.list',
    (a) => a.package.signer.list({ id: 'x' }),
    'package.signer.list',
    { id: 'x' },
  ],
  [
    'package.category.add',
    (a) => a.package.category.add({ id: 'c', name: { en_US: 'C' } }),
    'package.category.add',
    { id: 'c', name: { en_US: 'C' } },
  ],
  [
    'package.category.remove',
    (a) => a.package.category.remove({ id: 'c' }),
    'package.category.remove',
    { id: 'c' },
  ],
  [
    'package.category.addPackage',
    (a) => a.package.category.addPackage({ id: 'c', package: 'x' }),
    'package.category.add-package',
    { id: 'c', package: 'x' },
  ],
  [
    'package.category.removePackage',
    (a) => a.package.category.removePackage({ id: 'c', package: 'x' }),
    'package.category.remove-package',
    { id: 'c', package: 'x' },
  ],
  ['package.category.list', (a) => a.package.category.list(), 'package.category.list', {}],
  ['os.index', (a) => a.os.index(), 'os.index', {}],
  [
    'os.version.add',
    (a) =>
      a.os.version.add({ version: '0.4.0', headline: 'h', releaseNotes: 'n', sourceVersion: '*' }),
    'os.version.add',
    { version: '0.4.0', headline: 'h', releaseNotes: 'n', sourceVersion: '*' },
  ],
  [
    'os.version.remove',
    (a) => a.os.version.remove({ version: '0.4.0' }),
    'os.version.remove',
    { version: '0.4.0' },
  ],
  ['os.version.get', (a) => a.os.version.get(), 'os.version.get', {}],
  [
    'os.version.signer.add',
    (a) => a.os.version.signer.add({ version: '0.4.0', signer: guid }),
    'os.version.signer.add',
    { version: '0.4.0', signer: guid },
  ],
  [
    'os.version.signer.remove',
    (a) => a.os.version.signer.remove({ version: '0.4.0', signer: guid }),
    'os.version.signer.remove',
    { version: '0.4.0', signer: guid },
  ],
  [
    'os.version.signer.list',
    (a) => a.os.version.signer.list({ version: '0.4.0' }),
    'os.version.signer.list',
    { version: '0.4.0' },
  ],
  ['os.asset.add.iso', (a) => a.os.asset.add.iso(assetAdd), 'os.asset.add.iso', assetAdd],
  ['os.asset.add.img', (a) => a.os.asset.add.img(assetAdd), 'os.asset.add.img', assetAdd],
  [
    'os.asset.add.squashfs',
    (a) => a.os.asset.add.squashfs(assetAdd),
    'os.asset.add.squashfs',
    assetAdd,
  ],
  ['os.asset.remove.iso', (a) => a.os.asset.remove.iso(asset), 'os.asset.remove.iso', asset],
  ['os.asset.remove.img', (a) => a.os.asset.remove.img(asset), 'os.asset.remove.img', asset],
  [
    'os.asset.remove.squashfs',
    (a) => a.os.asset.remove.squashfs(asset),
    'os.asset.remove.squashfs',
    asset,
  ],
  [
    'os.asset.sign.iso',
    (a) => a.os.asset.sign.iso({ ...asset, signature: sig }),
    'os.asset.sign.iso',
    { ...asset, signature: sig },
  ],
  [
    'os.asset.sign.img',
    (a) => a.os.asset.sign.img({ ...asset, signature: sig }),
    'os.asset.sign.img',
    { ...asset, signature: sig },
  ],
  [
    'os.asset.sign.squashfs',
    (a) => a.os.asset.sign.squashfs({ ...asset, signature: sig }),
    'os.asset.sign.squashfs',
    { ...asset, signature: sig },
  ],
  ['os.asset.get.iso', (a) => a.os.asset.get.iso(asset), 'os.asset.get.iso', asset],
  ['os.asset.get.img', (a) => a.os.asset.get.img(asset), 'os.asset.get.img', asset],
  ['os.asset.get.squashfs', (a) => a.os.asset.get.squashfs(asset), 'os.asset.get.squashfs', asset],
  ['admin.signer.list', (a) => a.admin.signer.list(), 'admin.signer.list', {}],
  [
    'admin.signer.add',
    (a) => a.admin.signer.add({ name: 'A', contact: [{ email: 'a@x' }], keys: [pem] }),
    'admin.signer.add',
    { name: 'A', contact: [{ email: 'a@x' }], keys: [pem] },
  ],
  ['admin.signer.edit', (a) => a.admin.signer.edit(edit), 'admin.signer.edit', edit],
  [
    'admin.signer.remove',
    (a) => a.admin.signer.remove({ id: guid }),
    'admin.signer.remove',
    { id: guid },
  ],
  ['admin.add', (a) => a.admin.add({ signer: guid }), 'admin.add', { signer: guid }],
  ['admin.remove', (a) => a.admin.remove({ signer: guid }), 'admin.remove', { signer: guid }],
  ['admin.list', (a) => a.admin.list(), 'admin.list', {}],
  ['db.dump', (a) => a.db.dump(), 'db.dump', {}],
  ['db.apply', (a) => a.db.apply({ expr: '.' }), 'db.apply', { expr: '.' }],
  ['metrics.summary', (a) => a.metrics.summary(), 'metrics.summary', {}],
  ['metrics.users', (a) => a.metrics.users(), 'metrics.users', {}],
  ['metrics.downloads', (a) => a.metrics.downloads(), 'metrics.downloads', {}],
];

/** Dotted paths of every function in the api object. */
function leafPaths(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'function' ? [prefix + k] : leafPaths(v as object, `${prefix}${k}.`),
  );
}

describe('createRegistryApi', () => {
  it.each(CASES)('%s calls %s with an object', async (_path, invoke, method, params) => {
    const { api, calls } = recordingApi();
    await expect(invoke(api)).resolves.toEqual({ marker: method });
    expect(calls).toHaveLength(1);
    const [rec] = calls;
    expect(rec?.method).toBe(method);
    expect(
      typeof rec?.params === 'object' && rec.params !== null && !Array.isArray(rec.params),
    ).toBe(true);
    expect(rec?.params).toEqual(params);
  });

  it('covers every api function and every method exactly once', () => {
    const { api } = recordingApi();
    expect(leafPaths(api).sort()).toEqual(CASES.map((c) => c[0]).sort());
    expect(CASES.map((c) => c[2]).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('passes call options through', async () => {
    const { api, calls } = recordingApi();
    const opts: CallOptions = { timeoutMs: 5, anonymous: true };
    await api.info.get(opts);
    await api.package.add({ urls: ['https://x/'], commitment, signature: sig }, opts);
    await api.metrics.users(undefined, opts);
    expect(calls.map((c) => c.opts)).toEqual([opts, opts, opts]);
    expect(calls[2]?.params).toEqual({});
  });

  it('forwards optional params when given', async () => {
    const { api, calls } = recordingApi();
    await api.db.dump({ pointer: '/index/name' });
    await api.os.version.get({ platform: 'x86_64' });
    await api.metrics.downloads({ pkgId: 'bitcoind', after: '2026-07-01' });
    expect(calls.map((c) => c.params)).toEqual([
      { pointer: '/index/name' },
      { platform: 'x86_64' },
      { pkgId: 'bitcoind', after: '2026-07-01' },
    ]);
  });

  it('narrows the package.get result type by id and otherVersions', () => {
    const { api } = recordingApi();
    expectTypeOf(
      api.package.get({ id: 'x', otherVersions: 'none' }),
    ).resolves.toEqualTypeOf<PackageGetNone>();
    expectTypeOf(
      api.package.get({ id: 'x', otherVersions: 'full' }),
    ).resolves.toEqualTypeOf<PackageGetFull>();
    expectTypeOf(api.package.get({ id: 'x' })).resolves.toEqualTypeOf<PackageGetShort>();
    expectTypeOf(api.package.get({})).resolves.toEqualTypeOf<PackageGetAll<PackageGetShort>>();
    expectTypeOf(api.package.get({ otherVersions: 'none' })).resolves.toEqualTypeOf<
      PackageGetAll<PackageGetNone>
    >();
    const id: string | undefined = undefined as string | undefined;
    expectTypeOf(api.package.get({ id })).resolves.toEqualTypeOf<
      PackageGetShort | PackageGetAll<PackageGetShort>
    >();
    // @ts-expect-error merge is required
    void api.package.signer.add({ id: 'x', signer: guid });
  });
});
