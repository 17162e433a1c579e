/**
 * @module
 * The demo registry's StartOS releases (spec/registry-api.md §4.6): two releases, each with
 * small synthetic images for two platforms (x86_64: ISO + squashfs, raspberrypi: IMG +
 * squashfs), generated deterministically, uploaded to the local bucket and published through
 * the real protocol path: a signed `os.version.add`, then `os.asset.add.<type>` with the
 * BLAKE3 commitment of each file signed under context `startos`.
 */
import { encodeUtf8 } from '../../core/bytes/utf8.ts';
import type { RegistryClient } from '../../core/rpc/client.ts';
import { blake3Of } from '../../core/s9pk/hasher.ts';
import {
  BLAKE3_SIG_CONTEXT,
  encodeBlake3Commitment,
  parseBlake3Commitment,
  signCommitment,
  type Blake3CommitmentWire,
} from '../../core/sign/commitment.ts';

type AssetKind = 'iso' | 'img' | 'squashfs';

interface DemoOsRelease {
  version: string;
  headline: string;
  releaseNotes: string;
  /** OS versions that may upgrade to this one. */
  sourceVersion: string;
  /** Platform → image types published for it. */
  assets: Record<string, AssetKind[]>;
}

export const DEMO_OS_RELEASES: DemoOsRelease[] = [
  {
    version: '0.3.6',
    headline: 'Faster backups and a new setup wizard',
    releaseNotes: '## 0.3.6\n\n* Incremental backups\n* A simpler setup wizard\n* Security fixes',
    sourceVersion: '>=0.3.5',
    assets: { x86_64: ['iso', 'squashfs'], raspberrypi: ['img', 'squashfs'] },
  },
  {
    version: '0.4.0',
    headline: 'StartOS 0.4.0: a new service runtime',
    releaseNotes: '## 0.4.0\n\n* Services run in LXC containers\n* Network interfaces per service\n* Upgrade from 0.3.6 first',
    sourceVersion: '>=0.3.6',
    assets: { x86_64: ['iso', 'squashfs'], raspberrypi: ['img', 'squashfs'] },
  },
];

/** Base size of a synthetic image; each file adds a few KiB so no two sizes are equal. */
const BASE_SIZE = 256 * 1024;

/** The file name upstream's `os asset get` saves an image under. */
export const demoImageName = (version: string, platform: string, kind: AssetKind) =>
  `startos-${version}_${platform}.${kind}`;

/**
 * Deterministic image bytes: a text line naming the image, then xorshift32 noise seeded from
 * the name (FNV-1a), so every start and every machine produces the same files and hashes.
 */
export function demoImage(name: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(encodeUtf8(`Registry Console demo image ${name} - not a bootable StartOS image\n`).subarray(0, size));
  let x = 0x811c9dc5;
  for (const c of encodeUtf8(name)) x = Math.imul(x ^ c, 0x01000193) >>> 0;
  for (let i = 80; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

export interface DemoOsFile {
  version: string;
  platform: string;
  kind: AssetKind;
  name: string;
  bytes: Uint8Array;
  commitment: Blake3CommitmentWire;
}

/** Every demo image with its commitment, in publishing order. */
export function buildDemoOsFiles(): DemoOsFile[] {
  const files: DemoOsFile[] = [];
  for (const r of DEMO_OS_RELEASES) {
    for (const [platform, kinds] of Object.entries(r.assets)) {
      for (const kind of kinds) {
        const name = demoImageName(r.version, platform, kind);
        const bytes = demoImage(name, BASE_SIZE + files.length * 4096);
        const commitment = encodeBlake3Commitment({ hash: blake3Of(bytes), size: BigInt(bytes.length) });
        files.push({ version: r.version, platform, kind, name, bytes, commitment });
      }
    }
  }
  return files;
}

/** Publishes the demo releases: `os.version.add`, then each image's `os.asset.add.<kind>`. */
export async function publishDemoOs(
  client: RegistryClient,
  seed: Uint8Array,
  upload: (name: string, bytes: Uint8Array) => Promise<string>,
  log: (line: string) => void,
): Promise<DemoOsFile[]> {
  const files = buildDemoOsFiles();
  for (const { version, headline, releaseNotes, sourceVersion } of DEMO_OS_RELEASES) {
    await client.api.os.version.add({ version, headline, releaseNotes, sourceVersion });
    const mine = files.filter((f) => f.version === version);
    for (const f of mine) {
      const url = await upload(f.name, f.bytes);
      const signature = signCommitment(parseBlake3Commitment(f.commitment), seed, BLAKE3_SIG_CONTEXT);
      const params = { version: f.version, platform: f.platform, url, signature, commitment: f.commitment };
      await client.api.os.asset.add[f.kind](params);
    }
    log(`published StartOS ${version} (${mine.length} images)`);
  }
  return files;
}
