// The demo StartOS releases (issue 15 item 7): deterministic images, published through the
// real protocol path into a stand-in, with commitments and signatures that check out.
import { describe, expect, it } from 'vitest';
import { createRegistryClient } from '../../core/rpc/client.ts';
import { seedSigner } from '../../core/rpc/seed-signer.ts';
import { blake3Of } from '../../core/s9pk/hasher.ts';
import { BLAKE3_SIG_CONTEXT, parseBlake3Commitment, verifyCommitment } from '../../core/sign/commitment.ts';
import { encodeBase64 } from '../../core/bytes/base64.ts';
import { createHarness } from '../../server/testing/test-harness.ts';
import { buildDemoOsFiles, DEMO_OS_RELEASES, publishDemoOs } from './demo-os.ts';

describe('demo OS images', () => {
  it('are the same bytes on every build, a few hundred KiB each, all different', () => {
    const a = buildDemoOsFiles();
    const b = buildDemoOsFiles();
    expect(a.map((f) => f.commitment)).toEqual(b.map((f) => f.commitment));
    expect(a).toHaveLength(8);
    for (const f of a) {
      expect(f.bytes.length).toBeGreaterThanOrEqual(200 * 1024);
      expect(f.bytes.length).toBeLessThan(1024 * 1024);
      expect(f.commitment).toEqual({ hash: encodeBase64(blake3Of(f.bytes), { pad: false }), size: f.bytes.length });
    }
    expect(new Set(a.map((f) => f.commitment.hash)).size).toBe(a.length);
    expect(a[0]?.name).toBe('startos-0.3.6_x86_64.iso');
  });
});

/** Publishes the demo releases into an in-memory stand-in as its admin; uploads only name URLs. */
async function publishIntoStandIn() {
  const h = await createHarness();
  const client = createRegistryClient({
    url: 'http://registry.test',
    signer: seedSigner(h.admin.seed),
    fetch: (input, init) => h.handler(new Request(input, init)),
  });
  const uploads: string[] = [];
  const upload = (name: string) => {
    uploads.push(name);
    return Promise.resolve(`http://127.0.0.1:9/startos/${name}`);
  };
  const files = await publishDemoOs(client, h.admin.seed, upload, () => undefined);
  return { h, files, uploads };
}

describe('publishDemoOs', () => {
  it('publishes both releases with signed, verifiable assets for two platforms', async () => {
    const { h, files, uploads } = await publishIntoStandIn();
    expect(uploads).toEqual(files.map((f) => f.name));

    const { versions } = await h.ok('os.index', {});
    expect(Object.keys(versions)).toEqual(DEMO_OS_RELEASES.map((r) => r.version));
    for (const r of Object.values(versions)) {
      expect(Object.keys(r.squashfs)).toEqual(['raspberrypi', 'x86_64']);
      expect(Object.keys(r.iso)).toEqual(['x86_64']);
      expect(Object.keys(r.img)).toEqual(['raspberrypi']);
      expect(r.authorized).toEqual([h.adminGuid]);
    }
    for (const f of files) {
      const asset = versions[f.version]?.[f.kind][f.platform];
      expect(asset?.commitment).toEqual(f.commitment);
      expect(asset?.urls).toEqual([`http://127.0.0.1:9/startos/${f.name}`]);
      const signature = asset?.signatures[h.admin.pem] ?? '';
      expect(verifyCommitment(parseBlake3Commitment(f.commitment), signature, h.admin.pem, BLAKE3_SIG_CONTEXT)).toBe(true);
    }
  });

  it('offers a device on 0.3.5 only 0.3.6, and one on 0.3.6 both releases', async () => {
    const { h } = await publishIntoStandIn();
    const offered = async (sourceVersion: string) =>
      Object.keys(await h.ok('os.version.get', { sourceVersion, platform: 'x86_64' }));
    expect(await offered('0.3.5')).toEqual(['0.3.6']);
    expect(await offered('0.3.6')).toEqual(['0.3.6', '0.4.0']);
  });
});
