// Reader behaviour of spec/s9pk-format.md §3.2–§3.4: a valid archive opens with every field,
// and each failure row of the §3.4 table gives its specific CoreError code.
import { describe, it, expect } from 'vitest';
import { encodeU64be } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { encodePublicKeyPem, publicKeyFromSeed } from '../sign/keys.ts';
import { memoryByteSource } from './byte-source.ts';
import { craftArchive } from '../testing/craft.ts';
import { craftFlatArchive } from '../testing/flat-archive.ts';
import { rejectionCode } from '../testing/rejection-code.ts';
import { TEST_ONLY_SEED, buildFixtureS9pk, fixtureManifest } from '../testing/fixtures.ts';
import { openS9pk, type OpenS9pkOptions } from './open.ts';
import { parseTable } from './table.ts';
import { HEADER_SIZE } from './header.ts';
import {
  readIcon,
  readLicense,
  readInstructions,
  readDependencyMetadata,
  iconDataUrl,
} from './members.ts';
import { variantIdentity } from './variant.ts';

const open = (b: Uint8Array, o?: OpenS9pkOptions) => openS9pk(memoryByteSource(b), o);

const valid = await buildFixtureS9pk({
  dependencies: [{ id: 'bitcoind', title: 'Bitcoin Core', optional: true }],
});

/** Root table entries of a fixture with their offsets inside the file. */
function rootRows(bytes: Uint8Array) {
  const size = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(147));
  return parseTable(bytes.subarray(HEADER_SIZE, HEADER_SIZE + size), { path: '' });
}
const mutate = (b: Uint8Array, f: (c: Uint8Array) => void) => {
  const c = b.slice();
  f(c);
  return c;
};

describe('openS9pk on a valid archive', () => {
  it('returns commitment, signer, tree, manifest and verified members', async () => {
    const s = await open(valid);
    expect(s.signer.pem).toBe(encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED)));
    expect(s.commitment.rootMaxsize).toBe(Number(s.header.rootMaxSize));
    expect(s.manifest.id).toBe('hello-world');
    expect(s.manifest.dependencies.bitcoind?.optional).toBe(true);
    expect(s.files().map((f) => f.path)).toContain('images/x86_64/main.squashfs');
    expect(s.missing()).toEqual([]);
    const icon = await readIcon(s);
    expect(icon?.mime).toBe('image/png');
    expect(iconDataUrl(icon!)).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(await readLicense(s)).toContain('MIT');
    expect(await readInstructions(s)).toContain('Hello World');
    const deps = await readDependencyMetadata(s);
    expect(deps.get('bitcoind')?.title).toBe('Bitcoin Core');
    expect(deps.get('bitcoind')?.icon?.mime).toBe('image/png');
    expect(variantIdentity(s).hardwareRequirements.arch).toEqual(['x86_64']);
  });

  it('accepts a matching commitment, and one with a larger max size', async () => {
    const s = await open(valid);
    expect(await rejectionCode(open(valid, { commitment: s.commitment }))).toBe('ok');
    expect(
      await rejectionCode(open(valid, { commitment: { ...s.commitment, rootMaxsize: 1 << 30 } })),
    ).toBe('ok');
  });
});

describe('§3.4 failure rows', () => {
  it('rows 1–2: magic, version, zip, truncation', async () => {
    expect(await rejectionCode(open(mutate(valid, (c) => (c[0] = 0x3c))))).toBe('S9PK_BAD_MAGIC');
    expect(await rejectionCode(open(mutate(valid, (c) => (c[2] = 1))))).toBe('S9PK_V1');
    expect(await rejectionCode(open(mutate(valid, (c) => (c[2] = 3))))).toBe('S9PK_BAD_MAGIC');
    const zip = mutate(valid, (c) => c.set([0x50, 0x4b, 3, 4]));
    await expect(open(zip)).rejects.toThrow(/unzip it first/);
    expect(await rejectionCode(open(zip))).toBe('S9PK_ZIP');
    expect(await rejectionCode(open(valid.subarray(0, 154)))).toBe('S9PK_TRUNCATED');
    expect(await rejectionCode(open(new Uint8Array(0)))).toBe('S9PK_TRUNCATED');
    expect(await rejectionCode(open(Uint8Array.of(0x3b)))).toBe('S9PK_TRUNCATED');
  });

  it('row 3: signature, key or max size changed', async () => {
    for (const at of [3, 40, 98, 100, 138]) {
      expect(await rejectionCode(open(mutate(valid, (c) => (c[at]! ^= 1))))).toBe(
        'S9PK_BAD_SIGNATURE',
      );
    }
  });

  it('row 4: commitment mismatch', async () => {
    const s = await open(valid);
    const other = { ...s.commitment, rootSighash: 'A'.repeat(43) };
    expect(await rejectionCode(open(valid, { commitment: other }))).toBe('S9PK_SIGHASH_MISMATCH');
    const smaller = { ...s.commitment, rootMaxsize: s.commitment.rootMaxsize - 1 };
    expect(await rejectionCode(open(valid, { commitment: smaller }))).toBe('S9PK_TOO_LARGE');
  });

  it('row 5: signed max size over 1 MiB without a commitment', async () => {
    const big = craftFlatArchive([], { maxSize: BigInt((1 << 20) + 1) });
    expect(await rejectionCode(open(big))).toBe('S9PK_TOO_LARGE');
    const s = await rejectionCode(
      open(big, { commitment: { hash: big.slice(99, 131), size: BigInt((1 << 20) + 1) } }),
    );
    expect(s).toBe('ok');
  });

  it('row 6: table size over the signed bound (root and child)', async () => {
    expect(
      await rejectionCode(
        open(mutate(valid, (c) => c.set(encodeU64be(rootRows(valid).length * 1000), 147))),
      ),
    ).toBe('S9PK_TOO_LARGE');
    // The first root entry is a directory; its payload tableSize (unsigned) is its last 8 bytes.
    const rows = rootRows(valid);
    expect(rows[0]?.kind).toBe('dir');
    const nameLen = encodeUtf8(rows[0]!.name).length;
    const tsAt = HEADER_SIZE + 1 + 1 + nameLen + 41 + 8;
    expect(await rejectionCode(open(mutate(valid, (c) => c.set(encodeU64be(10_000), tsAt))))).toBe(
      'S9PK_TOO_LARGE',
    );
  });

  it('rows 7–9: truncated table, unknown type, altered table hash', async () => {
    expect(await rejectionCode(open(valid.subarray(0, 200)))).toBe('S9PK_TRUNCATED');
    const nameLen = encodeUtf8(rootRows(valid)[0]!.name).length;
    const typeAt = HEADER_SIZE + 1 + 1 + nameLen + 40;
    expect(await rejectionCode(open(mutate(valid, (c) => (c[typeAt] = 7))))).toBe(
      'S9PK_BAD_ENTRY_TYPE',
    );
    expect(
      await rejectionCode(open(mutate(valid, (c) => (c[HEADER_SIZE + 1 + 1 + nameLen + 3]! ^= 1)))),
    ).toBe('S9PK_SIGHASH_MISMATCH');
  });

  it('rows 10–14: bodies are checked, at open (manifest, truncation) or when read', async () => {
    const s = await open(valid);
    const man = s.entry('manifest.json');
    const lic = s.entry('LICENSE.md');
    if (man?.kind !== 'file' || lic?.kind !== 'file') throw new Error('fixture');
    const badMan = await rejectionCode(open(mutate(valid, (c) => (c[man.position]! ^= 1))));
    expect(badMan).toBe('S9PK_HASH_MISMATCH');
    const badLic = await open(mutate(valid, (c) => (c[lic.position]! ^= 1)));
    await expect(badLic.readFile('LICENSE.md')).rejects.toMatchObject({
      code: 'S9PK_HASH_MISMATCH',
      detail: { path: 'LICENSE.md' },
    });
    expect(await rejectionCode(open(valid.subarray(0, valid.length - 1)))).toBe('S9PK_TRUNCATED');
    expect(await rejectionCode(s.readFile('images'))).toBe('S9PK_NOT_FOUND');
    expect(await rejectionCode(s.readFile('nope'))).toBe('S9PK_NOT_FOUND');
  });

  it('rows 15–17: bad, reserved and duplicate names (validly signed)', async () => {
    const d = encodeUtf8('x');
    expect(await rejectionCode(open(craftFlatArchive([{ name: 'ok', data: d }])))).toBe('ok');
    for (const name of ['', '.', '..', 'a/b', 'nul\0']) {
      expect(await rejectionCode(open(craftFlatArchive([{ name, data: d }])))).toBe(
        'S9PK_BAD_NAME',
      );
    }
    expect(
      await rejectionCode(open(craftFlatArchive([{ name: Uint8Array.of(0xff, 0xfe), data: d }]))),
    ).toBe('S9PK_BAD_NAME');
    const dup = craftFlatArchive([
      { name: 'a', data: d },
      { name: 'a', data: d },
    ]);
    expect(await rejectionCode(open(dup))).toBe('S9PK_DUPLICATE_NAME');
  });

  it('rows 18–21: unused table bytes, non-minimal varint, overlap, trailing bytes; larger max size is fine', async () => {
    const d = encodeUtf8('x');
    expect(
      await rejectionCode(open(craftFlatArchive([], { extraTableBytes: 1, maxSize: 1000n }))),
    ).toBe('S9PK_TRAILING_DATA');
    expect(
      await rejectionCode(open(craftFlatArchive([], { countBytes: Uint8Array.of(0x81, 0x00) }))),
    ).toBe('S9PK_TRAILING_DATA');
    expect(
      await rejectionCode(
        open(craftFlatArchive([{ name: 'ok', data: d }], { trailing: Uint8Array.of(0) })),
      ),
    ).toBe('S9PK_TRAILING_DATA');
    expect(await rejectionCode(open(craftFlatArchive([], { maxSize: 100_000n })))).toBe('ok');
    expect(
      await rejectionCode(
        open(craftFlatArchive([], { extraTableBytes: 1, maxSize: 1000n }), { strict: false }),
      ),
    ).toBe('ok');
    // Point LICENSE.md at icon.png's bytes: an overlap at open.
    const s = await open(valid);
    const rows = rootRows(valid);
    let at = HEADER_SIZE + 1;
    for (const r of rows) {
      const n = encodeUtf8(r.name).length;
      if (r.name === 'LICENSE.md') {
        const icon = s.entry('icon.png');
        if (icon?.kind !== 'file') throw new Error('fixture');
        const moved = mutate(valid, (c) => c.set(encodeU64be(icon.position), at + 1 + n + 41));
        await expect(open(moved)).rejects.toMatchObject({
          code: 'S9PK_TRAILING_DATA',
          detail: { reason: 'overlap' },
        });
      }
      at += 1 + n + 41 + (r.kind === 'file' ? 8 : r.kind === 'dir' ? 16 : 0);
    }
  });

  it('row 22: manifest absent, not JSON, invalid, or a directory', async () => {
    const d = encodeUtf8('x');
    expect(
      await rejectionCode(open(craftArchive([{ name: 'a', data: d }], { seed: TEST_ONLY_SEED }))),
    ).toBe('S9PK_BAD_MANIFEST');
    const notJson = craftArchive([{ name: 'manifest.json', data: d }], { seed: TEST_ONLY_SEED });
    expect(await rejectionCode(open(notJson))).toBe('S9PK_BAD_MANIFEST');
    const noId = encodeUtf8(JSON.stringify({ ...fixtureManifest(), id: 'Bad_Id' }));
    expect(
      await rejectionCode(
        open(craftArchive([{ name: 'manifest.json', data: noId }], { seed: TEST_ONLY_SEED })),
      ),
    ).toBe('S9PK_BAD_MANIFEST');
  });
});
