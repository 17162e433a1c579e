import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageVersionInfo } from '../../core/rpc/types.ts';
import { createHarness, newKey, type Harness } from '../testing/test-harness.ts';
import { addMirror, publish, startFileHost, type FileHost } from '../testing/publish-harness.ts';

let files: FileHost;
beforeAll(async () => {
  files = await startFileHost();
});
afterAll(() => files.close());

const details = (r: { error?: { data?: unknown } }) => (r.error?.data as { details?: string } | undefined)?.details;
async function version(h: Harness, id: string, v: string): Promise<PackageVersionInfo> {
  const idx = await h.ok('package.index', {});
  return idx.packages[id]!.versions[v]!;
}

describe('package.add: publish journeys', () => {
  it('admin creates a new package; the record matches the archive; HEAD first, then plain GETs without Range', async () => {
    const h = await createHarness();
    const a = await files.put('hello-1.s9pk', { id: 'hello', version: '1.0.0:0', dependencies: [{ id: 'bitcoind', title: 'Bitcoin Core' }] });
    const before = files.requests.length;
    expect((await publish(h, h.admin, [a.url], a.commitment)).result).toBeNull();
    const reqs = files.requests.slice(before);
    expect(reqs[0]).toMatchObject({ method: 'HEAD', path: '/hello-1.s9pk' });
    expect(reqs.filter((r) => r.method === 'GET').length).toBeGreaterThanOrEqual(1);
    expect(reqs.every((r) => r.method === 'HEAD' || r.method === 'GET')).toBe(true);
    expect(reqs.every((r) => r.range === null)).toBe(true);
    const v = await version(h, 'hello', '1.0.0:0');
    expect(v.title).toBe('Hello World');
    expect(v.icon.startsWith('data:image/png;base64,')).toBe(true);
    expect(v.sourceVersion).toBeNull();
    expect(v.packageRepo).toBe('https://github.com/Start9Labs/hello-startos');
    expect(v.dependencyMetadata.bitcoind).toMatchObject({ title: 'Bitcoin Core', optional: false, description: { en_US: 'Uses bitcoind' } });
    expect(v.dependencyMetadata.bitcoind!.icon).toMatch(/^data:image\/png;base64,/);
    const [hw, asset] = v.s9pks[0]!;
    expect(hw).toEqual({ device: [], ram: null, arch: ['x86_64'] });
    expect(asset.urls).toEqual([a.url]);
    expect(asset.commitment).toEqual(a.commitment);
    expect(asset.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    // the archive's developer key and the admin's (different) key both signed
    expect(Object.keys(asset.signatures)).toHaveLength(2);
    expect(asset.signatures[h.admin.pem]).toMatch(/^-----BEGIN SIGNATURE-----/);
  });

  it('a non-admin cannot create a package (6), a scoped signer publishes only inside its range', async () => {
    const h = await createHarness();
    const dev = newKey();
    const guid = await h.addSigner('Dev', dev);
    const v1 = await files.put('scoped-1.s9pk', { id: 'scoped', version: '1.5.0:0' });
    const missing = await publish(h, dev, [v1.url], v1.commitment);
    expect(missing.error?.code).toBe(6);
    expect(details(missing)).toBe('scoped');
    expect((await publish(h, h.admin, [v1.url], v1.commitment)).result).toBeNull();
    await h.ok('package.signer.add', { id: 'scoped', signer: guid, versions: '>=1.0.0:0 <2.0.0:0', merge: false }, { key: h.admin });
    const v19 = await files.put('scoped-19.s9pk', { id: 'scoped', version: '1.9.0:0' });
    expect((await publish(h, dev, [v19.url], v19.commitment)).result).toBeNull();
    const v2 = await files.put('scoped-2.s9pk', { id: 'scoped', version: '2.0.0:0' });
    const outside = await publish(h, dev, [v2.url], v2.commitment);
    expect(outside.error?.code).toBe(34);
    expect(details(outside)).toBe('Unauthorized');
    // merge a second range, then the version is inside
    await h.ok('package.signer.add', { id: 'scoped', signer: guid, versions: '>=2.0.0:0', merge: true }, { key: h.admin });
    const list = await h.ok('package.signer.list', { id: 'scoped' });
    expect(list[guid]![1]).toBe('(>=1.0.0:0 <2.0.0:0) || >=2.0.0:0');
    expect((await publish(h, dev, [v2.url], v2.commitment)).result).toBeNull();
  });

  it('re-adding the same archive replaces URLs only; signatures and publishedAt are kept', async () => {
    const h = await createHarness();
    const a = await files.put('same-a.s9pk', { id: 'same' });
    await publish(h, h.admin, [a.url], a.commitment);
    const first = (await version(h, 'same', '1.0.0:0')).s9pks[0]![1];
    h.clock.ms += 5_000;
    const other = newKey();
    const guid = await h.addSigner('Other', other);
    await h.ok('admin.add', { signer: guid }, { key: h.admin });
    const copy = await files.put('same-b.s9pk', { id: 'same' });
    expect(copy.commitment).toEqual(a.commitment);
    await publish(h, other, [copy.url, a.url], a.commitment);
    const after = (await version(h, 'same', '1.0.0:0')).s9pks;
    expect(after).toHaveLength(1);
    expect(after[0]![1].urls).toEqual([copy.url, a.url]);
    expect(after[0]![1].publishedAt).toBe(first.publishedAt);
    expect(after[0]![1].signatures).toEqual(first.signatures);
  });

  it('a new hardware variant is appended and sorted; same hardware with new content replaces', async () => {
    const h = await createHarness();
    const x86 = await files.put('var-x86.s9pk', { id: 'var', arches: ['x86_64'] });
    const multi = await files.put('var-multi.s9pk', { id: 'var', arches: ['aarch64', 'x86_64'] });
    const gpu = await files.put('var-gpu.s9pk', { id: 'var', arches: ['x86_64'], device: [{ description: 'GPU', class: 'display', product: null, vendor: 'nvidia' }] });
    for (const f of [multi, x86, gpu]) expect((await publish(h, h.admin, [f.url], f.commitment)).result).toBeNull();
    const order = (await version(h, 'var', '1.0.0:0')).s9pks.map(([hw]) => `${hw.device.length}:${hw.arch?.join('+')}`);
    expect(order).toEqual(['1:x86_64', '0:x86_64', '0:aarch64+x86_64']);
    const rebuilt = await files.put('var-x86-b.s9pk', { id: 'var', arches: ['x86_64'], extraFiles: { 'extra.txt': new TextEncoder().encode('rebuild') } });
    await publish(h, h.admin, [rebuilt.url], rebuilt.commitment);
    const s9pks = (await version(h, 'var', '1.0.0:0')).s9pks;
    expect(s9pks).toHaveLength(3);
    expect(s9pks[1]![1].commitment).toEqual(rebuilt.commitment);
    expect(s9pks[1]![1].urls).toEqual([rebuilt.url]);
  });

  it.each([
    ['metadata', { title: 'Another Title' }, 'package metadata mismatch: remove the existing version first, then re-add'],
    ['icon', { iconColor: [1, 2, 3] as const }, 'package icon mismatch: remove the existing version first, then re-add'],
    ['dependency', { dependencies: [{ id: 'x', title: 'X' }] }, 'dependency metadata mismatch: remove the existing version first, then re-add'],
  ])('%s mismatch → 38 with the exact message; nothing changes', async (name, opts, message) => {
    const h = await createHarness();
    const base = await files.put(`conf-${name}-a.s9pk`, { id: 'conf', arches: ['x86_64'] });
    await publish(h, h.admin, [base.url], base.commitment);
    const before = await h.ok('package.index', {});
    const bad = await files.put(`conf-${name}-b.s9pk`, { id: 'conf', arches: ['aarch64'], ...opts });
    const r = await publish(h, h.admin, [bad.url], bad.commitment);
    expect(r.error?.code).toBe(38);
    expect(details(r)).toBe(message);
    expect(await h.ok('package.index', {})).toEqual(before);
  });

  it('mirrors: add-mirror appends once; remove-mirror never removes the last URL', async () => {
    const h = await createHarness();
    const a = await files.put('mir-a.s9pk', { id: 'mir' });
    const b = await files.put('mir-b.s9pk', { id: 'mir' });
    await publish(h, h.admin, [a.url], a.commitment);
    await addMirror(h, h.admin, b.url, b.commitment);
    await addMirror(h, h.admin, b.url, b.commitment);
    expect((await version(h, 'mir', '1.0.0:0')).s9pks[0]![1].urls).toEqual([a.url, b.url]);
    await h.ok('package.remove-mirror', { id: 'mir', version: '1.0.0:0', url: a.url }, { key: h.admin });
    const last = await h.call('package.remove-mirror', { id: 'mir', version: '1.0.0:0', url: b.url }, { key: h.admin });
    expect(last.error?.code).toBe(38);
    expect(details(last)).toBe('Cannot remove last mirror from an s9pk');
    const c = await files.put('mir-c.s9pk', { id: 'mir', version: '2.0.0:0' });
    const noVersion = await addMirror(h, h.admin, c.url, c.commitment);
    expect(noVersion.error?.code).toBe(6);
    expect(details(noVersion)).toBe('mir@2.0.0:0');
  });

  it('network and archive failures name the URL', async () => {
    const h = await createHarness();
    const a = await files.put('net-a.s9pk', { id: 'net' });
    const gone = await publish(h, h.admin, [`${files.url}/missing.s9pk`], a.commitment);
    expect(gone.error?.code).toBe(9);
    expect(details(gone)).toBe(`${files.url}/missing.s9pk: could not download the archive`);
    const other = await files.put('net-b.s9pk', { id: 'net', version: '3.0.0:0' });
    const wrong = await publish(h, h.admin, [other.url], a.commitment);
    expect(wrong.error?.code).toBe(31);
    const badSig = await h.call('package.add', { urls: [a.url], commitment: a.commitment, signature: 'x' }, { key: h.admin });
    expect(badSig.error?.code).toBe(31);
    const empty = await publish(h, h.admin, [], a.commitment);
    expect(empty.error?.code).toBe(38);
    expect(details(empty)).toBe('Must specify at least 1 URL');
  });
});
