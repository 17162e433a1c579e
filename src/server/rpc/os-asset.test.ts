// os.asset.add/remove/sign/get.<iso|img|squashfs> through the HTTP handler (spec
// registry-api.md §2.14, §3.4, §4.6, §11, §12): recording, co-signing, mirrors, every error.
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../core/bytes/base64.ts';
import { addAsset, addRelease, details, image, KINDS, signAsset, signExisting } from '../testing/os-harness.ts';
import { createHarness, newKey } from '../testing/test-harness.ts';

const URL_A = 'https://a.test/startos.img';

async function setup() {
  const h = await createHarness();
  const releaser = newKey();
  const releaserGuid = await h.addSigner('Releaser', releaser);
  await addRelease(h, '0.4.0', '>=0.3.5');
  await h.ok('os.version.signer.add', { version: '0.4.0', signer: releaserGuid }, { key: h.admin });
  return { h, releaser, releaserGuid, img: image(1000) };
}

describe.each(KINDS)('os.asset.*.%s', (kind) => {
  it('records an asset, co-signs, adds a mirror, gets and removes it', async () => {
    const { h, releaser, img } = await setup();
    const a = { version: '0.4.0', platform: 'x86_64', url: 'https://a.test', commitment: img.commitment };
    h.clock.ms = Date.parse('2026-12-05T10:00:00.5Z');
    expect((await addAsset(h, h.admin, kind, a)).result).toBeNull();
    const first = await h.ok(`os.asset.get.${kind}`, { version: '0.4.0', platform: 'x86_64' });
    expect(first).toEqual({ publishedAt: '2026-12-05T10:00:00.500Z', urls: ['https://a.test/'], commitment: img.commitment, signatures: { [h.admin.pem]: signAsset(h.admin, img.commitment) } });

    h.clock.ms += 60_000;
    expect((await addAsset(h, releaser, kind, { ...a, url: 'https://b.test/m' })).result).toBeNull();
    const rev = h.store.revision;
    expect((await addAsset(h, releaser, kind, { ...a, url: 'https://b.test/m' })).result).toBeNull();
    expect(h.store.revision).toBe(rev);
    const both = await h.ok(`os.asset.get.${kind}`, { version: '0.4.0', platform: 'x86_64' });
    expect(both.publishedAt).toBe(first.publishedAt);
    expect(both.urls).toEqual(['https://a.test/', 'https://b.test/m']);
    expect(Object.keys(both.signatures).sort()).toEqual([h.admin.pem, releaser.pem].sort());

    const index = (await h.ok('os.index', {})).versions['0.4.0'];
    expect(index?.[kind]).toEqual({ x86_64: both });
    for (const other of KINDS.filter((k) => k !== kind)) expect(index?.[other]).toEqual({});

    expect((await h.call(`os.asset.remove.${kind}`, { version: '0.4.0', platform: 'x86_64' }, { key: releaser })).result).toBeNull();
    expect((await h.call(`os.asset.remove.${kind}`, { version: '0.4.0', platform: 'x86_64' }, { key: releaser })).result).toBeNull();
    expect((await h.call(`os.asset.get.${kind}`, { version: '0.4.0', platform: 'x86_64' })).error).toMatchObject({ code: 6, data: { details: 'x86_64' } });
  });

  it('add: 31 for a bad or wrong-context signature, 31 for a different commitment, 6 for an unknown release', async () => {
    const { h, img } = await setup();
    const a = { version: '0.4.0', platform: 'aarch64', url: URL_A, commitment: img.commitment };
    const wrongContext = await h.call(`os.asset.add.${kind}`, { ...a, signature: signAsset(h.admin, img.commitment, 's9pk') }, { key: h.admin });
    expect(wrongContext.error?.code).toBe(31);
    const otherKey = await h.call(`os.asset.add.${kind}`, { ...a, signature: signAsset(newKey(), img.commitment) }, { key: h.admin });
    expect(otherKey.error?.code).toBe(31);
    expect((await h.ok('os.index', {})).versions['0.4.0']?.[kind]).toEqual({});

    await addAsset(h, h.admin, kind, a);
    const other = image(1000, 2);
    const mismatch = await addAsset(h, h.admin, kind, { ...a, commitment: other.commitment });
    expect(mismatch.error?.code).toBe(31);
    expect(details(mismatch)).toBe('Commitment does not match');
    const sizeOnly = await addAsset(h, h.admin, kind, { ...a, commitment: { ...img.commitment, size: 999 } });
    expect(details(sizeOnly)).toBe('Commitment does not match');

    const missing = await addAsset(h, h.admin, kind, { ...a, version: '0.5.0' });
    expect(missing.error?.code).toBe(6);
    expect(details(missing)).toBe('0.5.0');
  });

  it('add: -32602 for a bad URL, version, signature PEM or hash', async () => {
    const { h, img } = await setup();
    const a = { version: '0.4.0', platform: 'x86_64', url: URL_A, commitment: img.commitment, signature: signAsset(h.admin, img.commitment) };
    const bad = (patch: Record<string, unknown>) => h.call(`os.asset.add.${kind}`, { ...a, ...patch }, { key: h.admin });
    expect((await bad({ url: 'relative/path' })).error?.code).toBe(-32602);
    expect((await bad({ version: '0.4.0:0' })).error?.code).toBe(-32602);
    expect((await bad({ signature: 'not a pem' })).error?.code).toBe(-32602);
    expect((await bad({ commitment: { hash: encodeBase64(new Uint8Array(31)), size: 1 } })).error?.code).toBe(-32602);
    expect((await bad({ commitment: { hash: img.commitment.hash, size: -1 } })).error?.code).toBe(-32602);
    expect((await bad({ commitment: undefined })).error).toMatchObject({ code: -32602, data: 'missing field `commitment`' });
  });

  it('add accepts a padded hash and stores it unpadded', async () => {
    const { h, img } = await setup();
    const padded = { ...img.commitment, hash: `${img.commitment.hash}=` };
    const signature = signAsset(h.admin, img.commitment);
    const r = await h.call(`os.asset.add.${kind}`, { version: '0.4.0', platform: 'x86_64', url: URL_A, commitment: padded, signature }, { key: h.admin });
    expect(r.error).toBeUndefined();
    expect((await h.ok(`os.asset.get.${kind}`, { version: '0.4.0', platform: 'x86_64' })).commitment).toEqual(img.commitment);
  });

  it('sign: verifies over the stored commitment; 6 for an unknown release or platform', async () => {
    const { h, releaser, img } = await setup();
    await addAsset(h, h.admin, kind, { version: '0.4.0', platform: 'x86_64', url: URL_A, commitment: img.commitment });
    const ref = { version: '0.4.0', platform: 'x86_64', commitment: img.commitment };
    expect((await signExisting(h, releaser, kind, ref)).result).toBeNull();
    const rev = h.store.revision;
    expect((await signExisting(h, releaser, kind, ref)).result).toBeNull();
    expect(h.store.revision).toBe(rev);
    expect(Object.keys((await h.ok(`os.asset.get.${kind}`, { version: '0.4.0', platform: 'x86_64' })).signatures)).toHaveLength(2);

    expect((await signExisting(h, releaser, kind, { ...ref, commitment: image(1000, 3).commitment })).error?.code).toBe(31);
    const wrongContext = await h.call(`os.asset.sign.${kind}`, { version: '0.4.0', platform: 'x86_64', signature: signAsset(releaser, img.commitment, 'x') }, { key: releaser });
    expect(wrongContext.error?.code).toBe(31);
    expect((await signExisting(h, releaser, kind, { ...ref, platform: 'riscv64' })).error).toMatchObject({ code: 6, data: { details: 'riscv64' } });
    expect((await signExisting(h, releaser, kind, { ...ref, version: '0.5.0' })).error).toMatchObject({ code: 6, data: { details: '0.5.0' } });
    expect((await h.call(`os.asset.sign.${kind}`, { version: '0.4.0', platform: 'x86_64', signature: '-----BEGIN SIGNATURE-----\n-----END SIGNATURE-----\n' }, { key: releaser })).error?.code).toBe(-32602);
  });

  it('remove and get: 6 for an unknown release; get takes no `format` (spec §12, item 8)', async () => {
    const { h, img } = await setup();
    expect((await h.call(`os.asset.remove.${kind}`, { version: '0.5.0', platform: 'x86_64' }, { key: h.admin })).error).toMatchObject({ code: 6, data: { details: '0.5.0' } });
    expect((await h.call(`os.asset.get.${kind}`, { version: '0.5.0', platform: 'x86_64' })).error).toMatchObject({ code: 6, data: { details: '0.5.0' } });
    await addAsset(h, h.admin, kind, { version: '0.4.0', platform: 'x86_64', url: URL_A, commitment: img.commitment });
    const r = await h.call(`os.asset.get.${kind}`, { version: '0.4.0', platform: 'x86_64', format: 'not-a-format' });
    expect(r.error).toBeUndefined();
    expect((await h.call('os.version.get', { format: 'not-a-format' })).error?.code).toBe(-32602);
  });
});
