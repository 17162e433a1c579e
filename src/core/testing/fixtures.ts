/**
 * @module
 * Realistic test packages (spec/s9pk-format.md §5 members, §6 manifest) from a few parameters,
 * for unit tests, the stand-in registry, demo data and e2e tests. Everything is deterministic:
 * the same options give byte-identical archives. The key is TEST-ONLY.
 */
import { parseHex } from '../bytes/hex.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { solidPng } from './fixture-png.ts';
import type { DeviceFilter, LocaleString } from '../s9pk/manifest.ts';
import { patternByteSource, patternBytes } from './pattern-source.ts';
import { buildWriteTree, type FileData, type WriteDir } from '../s9pk/write-tree.ts';
import { writeS9pk } from '../s9pk/writer.ts';
import type { Layout } from '../s9pk/layout.ts';

/** TEST-ONLY signing seed `00 01 … 1f` (also the key of the spec §2.10 vector). Never use for real packages. */
export const TEST_ONLY_SEED = parseHex(
  '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
);

export type Arch = 'x86_64' | 'aarch64' | 'riscv64';

export interface FixtureDependency {
  id: string;
  optional?: boolean;
  /** Manifest `dependencies.<id>.description` (default a short English string). */
  description?: LocaleString | null;
  /** Title in `dependencies/<id>/metadata.json`; null = no metadata.json. */
  title?: LocaleString | null;
  /** Colour of `dependencies/<id>/icon.png`; null = no icon. */
  iconColor?: readonly [number, number, number] | null;
}

export interface FixtureOptions {
  id?: string;
  title?: string;
  /** ExtendedVersion, default `1.0.0:0`. */
  version?: string;
  releaseNotes?: LocaleString;
  license?: string;
  description?: { short: LocaleString; long: LocaleString };
  gitHash?: string | null;
  /** Architectures images are packed for (default `['x86_64']`); one archive per arch set = one variant. */
  arches?: Arch[];
  /** `hardwareRequirements.arch` (default: `arches`, sorted); null = any architecture. */
  hardwareArch?: string[] | null;
  ram?: number | null;
  device?: DeviceFilter[];
  /** Image ids (default `['main']`). */
  images?: string[];
  /** Size of each image's squashfs placeholder (default 256 bytes); large sizes are generated on demand. */
  imageSize?: number;
  dependencies?: FixtureDependency[];
  iconColor?: readonly [number, number, number];
  /** Include `instructions.md` (default true) and `assets.squashfs` (default true). */
  instructions?: boolean;
  assets?: boolean;
  osVersion?: string;
  sdkVersion?: string | null;
  /** Additional members, `path → data`. */
  extraFiles?: Record<string, FileData>;
}

const json = (v: unknown) => encodeUtf8(JSON.stringify(v));
const sorted = (xs: readonly string[]) => [...xs].sort();

/** The manifest object in upstream's canonical key order (§6.4). */
export function fixtureManifest(o: FixtureOptions = {}): Record<string, unknown> {
  const id = o.id ?? 'hello-world';
  const version = o.version ?? '1.0.0:0';
  const arches = sorted(o.arches ?? ['x86_64']);
  const hwArch =
    o.hardwareArch === undefined ? arches : o.hardwareArch === null ? null : sorted(o.hardwareArch);
  const deps = [...(o.dependencies ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    id,
    version,
    canMigrateTo: `<=${version}`,
    canMigrateFrom: `<=${version}`,
    title: o.title ?? 'Hello World',
    description: o.description ?? {
      short: { en_US: `${id} for tests` },
      long: { en_US: `A test package (${id}).` },
    },
    releaseNotes: o.releaseNotes ?? { en_US: `Release ${version}` },
    gitHash: o.gitHash === undefined ? '5b2a0d8c4e1f3a7b9c0d2e4f6a8b0c1d3e5f7a9b' : o.gitHash,
    license: o.license ?? 'MIT',
    packageRepo: `https://github.com/Start9Labs/${id}-startos`,
    upstreamRepo: `https://example.org/${id}`,
    marketingUrl: null,
    donationUrl: null,
    osVersion: o.osVersion ?? '0.4.0-beta.10',
    sdkVersion: o.sdkVersion === undefined ? '2.0.9' : o.sdkVersion,
    hardwareAcceleration: false,
    userspaceFilesystems: false,
    virtualNetworking: false,
    plugins: [],
    satisfies: [],
    images: Object.fromEntries(
      sorted(o.images ?? ['main']).map((img) => [
        img,
        {
          source: 'packed',
          arch: arches,
          emulateMissingAs: hwArch === null ? arches[0] : null,
          nvidiaContainer: false,
        },
      ]),
    ),
    volumes: ['main'],
    dependencies: Object.fromEntries(
      deps.map((d) => [
        d.id,
        {
          description: d.description === undefined ? { en_US: `Uses ${d.id}` } : d.description,
          optional: d.optional ?? false,
        },
      ]),
    ),
    hardwareRequirements: { device: o.device ?? [], ram: o.ram ?? null, arch: hwArch },
  };
}

/** All members of the package as `path → data`. */
export function fixtureFiles(o: FixtureOptions = {}): Map<string, FileData> {
  const id = o.id ?? 'hello-world';
  const files = new Map<string, FileData>();
  files.set('manifest.json', json(fixtureManifest(o)));
  files.set('icon.png', solidPng(o.iconColor ?? [0x2b, 0x6c, 0xb0]));
  files.set(
    'LICENSE.md',
    encodeUtf8(
      `# ${o.license ?? 'MIT'} License\n\nTest fixture for ${id}. Not for distribution.\n`,
    ),
  );
  if (o.instructions ?? true)
    files.set('instructions.md', encodeUtf8(`# ${o.title ?? 'Hello World'}\n\nOpen the UI.\n`));
  files.set('javascript.squashfs', patternSource(512, `${id}/javascript`));
  if (o.assets ?? true) files.set('assets.squashfs', patternSource(128, `${id}/assets`));
  for (const d of o.dependencies ?? []) {
    if (d.title !== null)
      files.set(`dependencies/${d.id}/metadata.json`, json({ title: d.title ?? d.id }));
    if (d.iconColor !== null)
      files.set(`dependencies/${d.id}/icon.png`, solidPng(d.iconColor ?? [0x80, 0x80, 0x80]));
  }
  for (const arch of o.arches ?? ['x86_64']) {
    for (const img of o.images ?? ['main']) {
      const base = `images/${arch}/${img}`;
      files.set(`${base}.squashfs`, patternSource(o.imageSize ?? 256, `${id}/${base}`));
      files.set(`${base}.json`, json({ workdir: '/', user: 'root', entrypoint: null, cmd: null }));
      files.set(
        `${base}.env`,
        encodeUtf8('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
      );
    }
  }
  for (const [p, d] of Object.entries(o.extraFiles ?? {})) files.set(p, d);
  return files;
}

/** Deterministic opaque bytes (stand-in for squashfs images); generated on demand above 1 MiB. */
function patternSource(size: number, label: string): FileData {
  let seed = 0;
  for (const b of encodeUtf8(label)) seed = (Math.imul(seed, 31) + b) | 0;
  return size > 1 << 20 ? patternByteSource(size, seed) : patternBytes(0, size, seed);
}

/** The package as a writer tree. */
export function fixtureTree(o: FixtureOptions = {}): WriteDir {
  return buildWriteTree(fixtureFiles(o));
}

/** Builds and signs the package (TEST_ONLY_SEED unless `seed` is given). */
export function buildFixtureS9pk(
  o: FixtureOptions & { seed?: Uint8Array; layout?: Layout } = {},
): Promise<Uint8Array> {
  return writeS9pk(fixtureTree(o), { seed: o.seed ?? TEST_ONLY_SEED, layout: o.layout ?? 'pack' });
}
