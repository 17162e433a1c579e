// Differential tests against the upstream TypeScript reader (`S9pk.deserialize` of
// @start9labs/start-core, bundled in @start9labs/start-sdk): every archive our writer produces
// is accepted and its contents verify; both readers agree on valid files (spec §9, §3.4).
import { describe, it, expect } from 'vitest';
import sdk from '@start9labs/start-sdk';
import { memoryByteSource } from './byte-source.ts';
import { TEST_ONLY_SEED, buildFixtureS9pk, fixtureTree, type FixtureOptions } from '../testing/fixtures.ts';
import { filterHashedTree, hashTree } from './hash-tree.ts';
import { planS9pk } from './layout.ts';
import { emitS9pk } from './writer.ts';
import { openS9pk, type OpenedS9pk } from './open.ts';
import {
  readIcon,
  readLicense,
  readInstructions,
  readDependencyMetadata,
  iconDataUrl,
} from './members.ts';
import { craftFlatArchive } from '../testing/flat-archive.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { fixtureManifest } from '../testing/fixtures.ts';

const { S9pk } = sdk as unknown as { S9pk: UpstreamS9pkStatic };
interface UpstreamEntry {
  verifiedFileContents(): Promise<ArrayBuffer>;
}
interface UpstreamS9pk {
  manifest: unknown;
  archive: { contents: { getPath(p: string[]): UpstreamEntry | null } };
  icon(): Promise<string>;
  license(): Promise<string>;
  instructions(): Promise<string | null>;
  dependencyMetadata(): Promise<
    Record<string, { title?: unknown; icon: string | null; optional: boolean }>
  >;
}
interface UpstreamS9pkStatic {
  deserialize(
    b: Blob,
    c: { rootSighash: string; rootMaxsize: number } | null,
  ): Promise<UpstreamS9pk>;
}

const toBlob = (b: Uint8Array) => new Blob([b.slice()]);

/** Upstream compares against the Buffer's pooled ArrayBuffer (§3.4 row 4); disable the pool. */
async function withoutBufferPool<T>(f: () => Promise<T>): Promise<T> {
  const saved = Buffer.poolSize;
  Buffer.poolSize = 0;
  try {
    return await f();
  } finally {
    Buffer.poolSize = saved;
  }
}

async function agree(bytes: Uint8Array): Promise<OpenedS9pk> {
  const ours = await openS9pk(memoryByteSource(bytes));
  const theirs = await S9pk.deserialize(toBlob(bytes), null);
  await withoutBufferPool(() => S9pk.deserialize(toBlob(bytes), ours.commitment));
  expect(theirs.manifest).toEqual(ours.manifestRaw);
  expect(await theirs.icon()).toBe(iconDataUrl((await readIcon(ours))!));
  expect(await theirs.license()).toBe(await readLicense(ours));
  expect(await theirs.instructions()).toBe(await readInstructions(ours));
  const deps = await readDependencyMetadata(ours);
  const up = await theirs.dependencyMetadata();
  expect(Object.keys(up).sort()).toEqual([...deps.keys()].sort());
  for (const [id, d] of deps) {
    expect(up[id]?.title ?? null).toEqual(d.title);
    expect(up[id]?.icon).toBe(d.icon ? iconDataUrl(d.icon) : null);
    expect(up[id]?.optional).toBe(d.optional);
  }
  for (const f of ours.files()) {
    const entry = theirs.archive.contents.getPath(f.path.split('/'));
    expect(new Uint8Array(await entry!.verifiedFileContents())).toEqual(
      await ours.readFile(f.path),
    );
  }
  return ours;
}

const CASES: [string, FixtureOptions & { layout?: 'pack' | 'priority' }][] = [
  ['minimal, pack', { dependencies: [], instructions: true }],
  ['minimal, priority', { layout: 'priority' }],
  [
    'dependencies (with and without metadata/icon)',
    {
      dependencies: [
        {
          id: 'bitcoind',
          title: { en_US: 'Bitcoin Core', es_ES: 'Bitcoin Core' },
          optional: false,
          iconColor: [0xf7, 0x93, 0x1a],
        },
        { id: 'tor', title: null, iconColor: null, optional: true, description: null },
      ],
    },
  ],
  [
    'multi-arch, two images, priority',
    { arches: ['x86_64', 'aarch64', 'riscv64'], images: ['main', 'worker'], layout: 'priority' },
  ],
  ['variant: x86_64 only', { version: '2.1.0:3', arches: ['x86_64'] }],
  ['variant: aarch64 only', { version: '2.1.0:3', arches: ['aarch64'] }],
  [
    'any arch (emulateMissingAs), RAM and a GPU filter',
    {
      hardwareArch: null,
      ram: 4 << 30,
      device: [
        {
          description: 'An NVIDIA GPU',
          class: 'display',
          product: null,
          vendor: 'NVIDIA',
          capabilities: null,
          driver: 'nvidia',
        },
      ],
    },
  ],
];

describe('upstream S9pk.deserialize accepts our archives', () => {
  for (const [name, o] of CASES) {
    it(name, async () => {
      await agree(await buildFixtureS9pk(o));
    });
  }

  it('a filtered copy (missing entries, same commitment)', async () => {
    const hashed = await hashTree(fixtureTree({ arches: ['x86_64', 'aarch64'] }));
    const plan = planS9pk(
      filterHashedTree(hashed, (p) => !p.startsWith('images/aarch64')),
      { seed: TEST_ONLY_SEED },
    );
    const parts: Uint8Array[] = [];
    for await (const c of emitS9pk(plan)) parts.push(c);
    const bytes = new Uint8Array(Buffer.concat(parts));
    const theirs = await S9pk.deserialize(toBlob(bytes), null);
    await expect(
      theirs.archive.contents.getPath(['images', 'aarch64'])!.verifiedFileContents(),
    ).rejects.toThrow(/missing/);
    expect((await agree(bytes)).missing()).toEqual(['images/aarch64']);
  });
});

describe('where upstream is lax, we are strict (§3.4 rows 16, 17, 20)', () => {
  const manifest = encodeUtf8(JSON.stringify(fixtureManifest()));
  const cases: [string, Uint8Array, string][] = [
    [
      '"..", "a/b" and empty names',
      craftFlatArchive([{ name: '..', data: manifest }]),
      'S9PK_BAD_NAME',
    ],
    [
      'duplicate names',
      craftFlatArchive([{ name: 'manifest.json', data: manifest }]),
      'S9PK_DUPLICATE_NAME',
    ],
    [
      'trailing data',
      craftFlatArchive([], { trailing: Uint8Array.of(1, 2) }),
      'S9PK_TRAILING_DATA',
    ],
  ];
  for (const [name, bytes, code] of cases) {
    it(name, async () => {
      await S9pk.deserialize(toBlob(bytes), null);
      await expect(openS9pk(memoryByteSource(bytes))).rejects.toMatchObject({ code });
    });
  }

  it('both reject bad magic, a flipped signature byte and a tampered table', async () => {
    const good = await buildFixtureS9pk();
    for (const at of [0, 50, 160]) {
      const bad = good.slice();
      bad[at]! ^= 1;
      await expect(S9pk.deserialize(toBlob(bad), null)).rejects.toThrow();
      await expect(openS9pk(memoryByteSource(bad))).rejects.toHaveProperty('code');
    }
  });
});
