/**
 * @module
 * The demo registry's content: a handful of packages built with the S9PK writer (SVG icons,
 * localized descriptions, several versions, a multi-variant version, dependencies, categories),
 * uploaded to the local bucket and published through the real protocol path (`package.add`).
 */
import { encodeUtf8 } from '../../core/bytes/utf8.ts';
import type { RegistryClient } from '../../core/rpc/client.ts';
import { fixtureFiles, type Arch, type FixtureOptions } from '../../core/testing/fixtures.ts';
import { buildWriteTree } from '../../core/s9pk/write-tree.ts';
import { writeS9pk } from '../../core/s9pk/writer.ts';
import { parseHeader } from '../../core/s9pk/header.ts';
import { encodeMerkleCommitment, signCommitment, S9PK_SIG_CONTEXT } from '../../core/sign/commitment.ts';

interface DemoPackage {
  id: string;
  title: string;
  color: string;
  initials: string;
  categories: string[];
  description: { short: Record<string, string>; long: Record<string, string> };
  versions: { version: string; arches: Arch[][]; notes: string; ram?: number; gpu?: boolean }[];
  dependencies?: FixtureOptions['dependencies'];
  license?: string;
}

export const DEMO_CATEGORIES: Record<string, Record<string, string>> = {
  bitcoin: { en_US: 'Bitcoin', de_DE: 'Bitcoin', es_ES: 'Bitcoin', fr_FR: 'Bitcoin', pl_PL: 'Bitcoin' },
  lightning: { en_US: 'Lightning', de_DE: 'Lightning', es_ES: 'Lightning', fr_FR: 'Lightning', pl_PL: 'Lightning' },
  media: { en_US: 'Media', de_DE: 'Medien', es_ES: 'Multimedia', fr_FR: 'Médias', pl_PL: 'Multimedia' },
  cloud: { en_US: 'Cloud', de_DE: 'Cloud', es_ES: 'Nube', fr_FR: 'Cloud', pl_PL: 'Chmura' },
  security: { en_US: 'Security', de_DE: 'Sicherheit', es_ES: 'Seguridad', fr_FR: 'Sécurité', pl_PL: 'Bezpieczeństwo' },
};

export const DEMO_PACKAGES: DemoPackage[] = [
  {
    id: 'bitcoind', title: 'Bitcoin Core', color: '#f7931a', initials: 'B', categories: ['bitcoin'],
    description: {
      short: { en_US: 'A full Bitcoin node', de_DE: 'Ein vollständiger Bitcoin-Knoten', es_ES: 'Un nodo completo de Bitcoin' },
      long: { en_US: 'Bitcoin Core validates every block and transaction. Runs on x86_64 and ARM.', de_DE: 'Bitcoin Core prüft jeden Block und jede Transaktion.' },
    },
    versions: [
      { version: '27.1.0:0', arches: [['x86_64']], notes: '* Wallet fixes\n* Faster sync' },
      { version: '28.1.0:0', arches: [['x86_64'], ['aarch64']], notes: '## 28.1\n\n* New `-assumeutxo` support\n* Security fixes', ram: 2 * 2 ** 30 },
    ],
  },
  {
    id: 'lnd', title: 'LND', color: '#5b3fd1', initials: 'ln', categories: ['lightning', 'bitcoin'],
    description: { short: { en_US: 'Lightning Network Daemon' }, long: { en_US: 'Send and receive Lightning payments.' } },
    versions: [{ version: '0.18.3:0', arches: [['aarch64', 'x86_64']], notes: 'Channel improvements.' }],
    dependencies: [{ id: 'bitcoind', title: 'Bitcoin Core', iconColor: [0xf7, 0x93, 0x1a] }],
  },
  {
    id: 'jellyfin', title: 'Jellyfin', color: '#00a4dc', initials: 'J', categories: ['media'],
    description: { short: { en_US: 'Your media, your server', fr_FR: 'Vos médias, votre serveur' }, long: { en_US: 'Stream movies and music to every device.' } },
    versions: [
      { version: '10.9.0:0', arches: [['x86_64']], notes: 'Initial release.' },
      { version: '10.10.0:1', arches: [['x86_64'], ['x86_64']], notes: 'Hardware transcoding on NVIDIA GPUs.', gpu: true },
    ],
  },
  {
    id: 'nextcloud', title: 'Nextcloud', color: '#0082c9', initials: 'N', categories: ['cloud'],
    description: { short: { en_US: 'Files, calendar and contacts' }, long: { en_US: 'A self-hosted productivity platform.' } },
    versions: [{ version: '29.0.4:0', arches: [['aarch64', 'x86_64']], notes: 'Maintenance release.', ram: 4 * 2 ** 30 }],
    license: 'AGPL-3.0',
  },
  {
    id: 'vaultwarden', title: 'Vaultwarden', color: '#175ddc', initials: 'V', categories: ['security'],
    description: { short: { en_US: 'Password manager', es_ES: 'Gestor de contraseñas' }, long: { en_US: 'A Bitwarden-compatible server.' } },
    versions: [{ version: '1.32.0:0', arches: [['aarch64', 'x86_64']], notes: 'Passkey support.' }],
    license: 'AGPL-3.0',
  },
  {
    id: 'hello-world', title: 'Hello World', color: '#16a34a', initials: 'Hi', categories: [],
    description: { short: { en_US: 'The smallest StartOS service' }, long: { en_US: 'A template to start packaging from.' } },
    versions: [{ version: '1.0.0:0', arches: [['aarch64', 'riscv64', 'x86_64']], notes: 'First release.' }],
  },
];

/**
 * Written to the demo files folder but not published: the README's first publish (drop it on
 * the Publish page) adds a new package rather than meeting one the registry already has.
 */
export const DEMO_FIRST_PUBLISH: DemoPackage = {
  id: 'file-browser', title: 'File Browser', color: '#40c4ff', initials: 'FB', categories: [],
  description: { short: { en_US: 'Browse and share your files' }, long: { en_US: 'A web file manager for your server.' } },
  versions: [{ version: '2.31.0:0', arches: [['aarch64', 'x86_64']], notes: 'First release on this registry.' }],
};

/** A simple SVG icon: initials on a coloured rounded square. */
export function demoIcon(color: string, initials: string): Uint8Array {
  return encodeUtf8(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><rect width="128" height="128" rx="28" fill="${color}"/>` +
      `<text x="64" y="80" font-family="sans-serif" font-size="52" font-weight="700" text-anchor="middle" fill="#fff">${initials}</text></svg>`,
  );
}

export interface DemoFile {
  name: string;
  bytes: Uint8Array;
}

/** Builds one package's archives (one per variant), signed with `seed`. */
export async function buildPackageFiles(pkg: DemoPackage, seed: Uint8Array): Promise<DemoFile[]> {
  const files: DemoFile[] = [];
  for (const v of pkg.versions) {
    for (const [i, arches] of v.arches.entries()) {
      const gpuVariant = v.gpu === true && i === 1;
      const opts: FixtureOptions = {
        id: pkg.id, title: pkg.title, version: v.version, arches, description: pkg.description,
        releaseNotes: { en_US: v.notes }, license: pkg.license ?? 'MIT', ram: v.ram ?? null, dependencies: pkg.dependencies,
        device: gpuVariant ? [{ description: 'NVIDIA GPU', class: 'display', product: null, vendor: 'NVIDIA' }] : [],
      };
      const members = fixtureFiles(opts);
      members.delete('icon.png');
      members.set('icon.svg', demoIcon(pkg.color, pkg.initials));
      const bytes = await writeS9pk(buildWriteTree(members), { seed, layout: 'pack' });
      const suffix = gpuVariant ? 'nvidia' : arches.join('+');
      files.push({ name: `${pkg.id}_${v.version.replace(/:/g, '-')}_${suffix}.s9pk`, bytes });
    }
  }
  return files;
}

/** Builds every demo archive (one per variant), signed with `seed`. */
export async function buildDemoFiles(seed: Uint8Array): Promise<{ pkg: DemoPackage; files: DemoFile[] }[]> {
  const out: { pkg: DemoPackage; files: DemoFile[] }[] = [];
  for (const pkg of DEMO_PACKAGES) out.push({ pkg, files: await buildPackageFiles(pkg, seed) });
  return out;
}

/** Publishes the demo content through `package.add` (URLs from `upload`). */
export async function publishDemo(
  client: RegistryClient,
  seed: Uint8Array,
  upload: (name: string, bytes: Uint8Array, id: string) => Promise<string>,
  log: (line: string) => void,
): Promise<DemoFile[]> {
  await client.api.info.setName({ name: 'Demo Registry' });
  for (const [id, name] of Object.entries(DEMO_CATEGORIES)) await client.api.package.category.add({ id, name });
  const all: DemoFile[] = [];
  for (const { pkg, files } of await buildDemoFiles(seed)) {
    for (const f of files) {
      const url = await upload(f.name, f.bytes, pkg.id);
      const h = parseHeader(f.bytes.subarray(0, 155), f.bytes.length);
      const commitment = encodeMerkleCommitment({ hash: h.rootSighash, size: h.rootMaxSize });
      const signature = signCommitment({ hash: h.rootSighash, size: h.rootMaxSize }, seed, S9PK_SIG_CONTEXT);
      await client.api.package.add({ urls: [url], commitment, signature });
      all.push(f);
    }
    for (const c of pkg.categories) await client.api.package.category.addPackage({ id: c, package: pkg.id });
    log(`published ${pkg.id} (${files.length} file${files.length === 1 ? '' : 's'})`);
  }
  return all;
}
