/**
 * @module
 * The browse benchmark's registry: the stand-in (src/server) in-process on a loopback port,
 * seeded with a synthetic database of `packages` × `versions` (ids `svc-0000…`, titles
 * "Service N", a distinct icon per package and English/German short descriptions), grown
 * from the spec §5.5 example's `hello-world` version so every field is valid. Not product code.
 */
import { openRegistry } from '../../src/server/registry.ts';
import { memoryPorts } from '../../src/server/ports.ts';
import { serve } from '../../src/server/node/serve.ts';
import type { PackageInfo, RegistryDatabase } from '../../src/core/rpc/types.ts';
import { example } from '../../src/core/testing/example-index.ts';
import { emptyDatabase } from '../../src/server/store/empty-database.ts';
import { canonicalize } from '../../src/server/store/canonical.ts';
import { solidPng } from '../../src/core/testing/fixture-png.ts';

export type IconKind = 'png' | 'svg';

const WORDS = ['backup', 'mesh', 'wallet', 'photos', 'notes', 'mail', 'relay', 'chat', 'vault'];

/**
 * A distinct icon per package: a 16 × 16 PNG (≈ 1.1 KiB as a data URL, as registries mostly
 * carry PNG icons), or with `svg` an SVG with text, which Chromium rasterizes on the main
 * thread each time a card appears.
 */
function icon(i: number, kind: IconKind): string {
  const hue = (i * 37) % 360;
  if (kind === 'png') {
    const rgb = [(i * 53) % 256, (i * 101) % 256, (i * 151) % 256] as const;
    return `data:image/png;base64,${Buffer.from(solidPng(rgb, 16, 16)).toString('base64')}`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="hsl(${hue},60%,45%)"/><circle cx="32" cy="28" r="14" fill="hsl(${(hue + 180) % 360},70%,85%)"/><text x="32" y="58" font-size="10" text-anchor="middle" fill="#fff">svc ${i}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** One synthetic package: `versions` versions 1.0.0:0 … 1.<n-1>.0:0, published a day apart. */
function syntheticPackage(i: number, versions: number, iconKind: IconKind): PackageInfo {
  const base = structuredClone(example.package.packages['hello-world']!);
  const template = base.versions['1.0.0:0']!;
  const out: PackageInfo = { authorized: {}, versions: {}, categories: [] };
  out.categories = [i % 3 === 0 ? 'featured' : 'bitcoin'];
  const word = WORDS[i % WORDS.length]!;
  for (let v = 0; v < versions; v++) {
    const info = structuredClone(template);
    info.title = `Service ${i}`;
    info.icon = icon(i, iconKind);
    info.description = {
      short: {
        en_US: `A self-hosted ${word} service, number ${i}`,
        de_DE: `Ein ${word}-Dienst, Nummer ${i}`,
      },
      long: `Service ${i} keeps your ${word} at home. Version ${v} fixes things and adds others.`,
    };
    info.releaseNotes = `Release 1.${v}.0 of service ${i}: fixes and improvements.`;
    const [hw, asset] = info.s9pks[0]!;
    asset.publishedAt = new Date(Date.UTC(2026, 0, 1) + (i * versions + v) * 60_000).toISOString();
    asset.urls = [`https://files.example.com/svc-${i}/1.${v}.0/svc.s9pk`];
    info.s9pks = [[hw, asset]];
    out.versions[`1.${v}.0:0`] = info;
  }
  return out;
}

/** The whole database (also used to report the index's size). */
export function syntheticDatabase(
  packages: number,
  versions: number,
  iconKind: IconKind = 'png',
): RegistryDatabase {
  const db = emptyDatabase();
  db.index.package.categories = structuredClone(example.package.categories);
  for (let i = 0; i < packages; i++) {
    db.index.package.packages[`svc-${String(i).padStart(4, '0')}`] = syntheticPackage(
      i,
      versions,
      iconKind,
    );
  }
  canonicalize(db);
  return db;
}

export interface SyntheticRegistry {
  url: string;
  close(): Promise<void>;
}

/** The stand-in registry over `db`, on a free loopback port. */
export async function startSyntheticRegistry(db: RegistryDatabase): Promise<SyntheticRegistry> {
  const ports = memoryPorts();
  await ports.storage.save(JSON.stringify({ revision: 1, db }));
  const { handler } = await openRegistry({
    ports,
    config: { hostnames: ['127.0.0.1'], strictNonce: false, osVersion: '0.4.0' },
    fetcher: { open: () => Promise.reject(new Error('the benchmark registry downloads nothing')) },
  });
  const { server, url } = await serve(handler, { host: '127.0.0.1', port: 0 });
  return {
    url,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
