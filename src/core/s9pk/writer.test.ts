// Writer (spec/s9pk-format.md §4): determinism (§4.3), layouts (§2.7), verbatim members,
// streaming ByteSource members, filtered copies (§4.5) and verifyAll over them.
import { describe, it, expect } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { isCoreError } from '../errors.ts';
import { memoryByteSource } from './byte-source.ts';
import { TEST_ONLY_SEED, buildFixtureS9pk, fixtureFiles, fixtureTree } from '../testing/fixtures.ts';
import { filterHashedTree, hashTree } from './hash-tree.ts';
import { HEADER_SIZE } from './header.ts';
import { planS9pk } from './layout.ts';
import { openS9pk } from './open.ts';
import { parseTable } from './table.ts';
import { verifyAll } from './verify-all.ts';
import { buildWriteTree } from './write-tree.ts';
import { emitS9pk, planWrite, writeS9pk } from './writer.ts';
import { patternByteSource } from '../testing/pattern-source.ts';

const rootOrder = (b: Uint8Array) => {
  const size = Number(new DataView(b.buffer, b.byteOffset).getBigUint64(147));
  return parseTable(b.subarray(HEADER_SIZE, HEADER_SIZE + size), { path: '' }).map((e) => e.name);
};

describe('writeS9pk', () => {
  it('is deterministic and layouts share commitment and signature', async () => {
    const o = { dependencies: [{ id: 'tor' }] };
    const a = await buildFixtureS9pk(o);
    const b = await buildFixtureS9pk(o);
    expect(a).toEqual(b);
    const p = await buildFixtureS9pk({ ...o, layout: 'priority' });
    expect(p.subarray(0, 147)).toEqual(a.subarray(0, 147));
    expect(p.length).toBe(a.length);
    expect(rootOrder(a)).toEqual([
      'dependencies',
      'images',
      'LICENSE.md',
      'assets.squashfs',
      'icon.png',
      'instructions.md',
      'javascript.squashfs',
      'manifest.json',
    ]);
    expect(rootOrder(p)).toEqual([
      'dependencies',
      'images',
      'manifest.json',
      'icon.png',
      'LICENSE.md',
      'instructions.md',
      'javascript.squashfs',
      'assets.squashfs',
    ]);
  });

  it('stores every member byte for byte (manifest.json untouched)', async () => {
    const files = fixtureFiles({ arches: ['x86_64', 'aarch64'] });
    const pretty = encodeUtf8(
      JSON.stringify(
        JSON.parse(new TextDecoder().decode(files.get('manifest.json') as Uint8Array)),
        null,
        2,
      ),
    );
    files.set('manifest.json', pretty);
    const bytes = await writeS9pk(buildWriteTree(files), {
      seed: TEST_ONLY_SEED,
      layout: 'priority',
    });
    const s = await openS9pk(memoryByteSource(bytes));
    expect(s.manifestBytes).toEqual(pretty);
    for (const [path, data] of files) expect(await s.readFile(path)).toEqual(data);
    expect(await verifyAll(s)).toMatchObject({ complete: true, missing: [], files: files.size });
  });

  it('checks names and member rules', async () => {
    const files = fixtureFiles();
    const tree = buildWriteTree(files);
    tree.entries.delete('LICENSE.md');
    await expect(writeS9pk(tree, { seed: TEST_ONLY_SEED })).rejects.toMatchObject({
      code: 'S9PK_NOT_FOUND',
    });
    const two = fixtureTree({ extraFiles: { 'icon.svg': encodeUtf8('<svg/>') } });
    await expect(writeS9pk(two, { seed: TEST_ONLY_SEED })).rejects.toMatchObject({
      code: 'S9PK_DUPLICATE_NAME',
    });
    const hide = fixtureTree({ extraFiles: { 'icon-dark.png': encodeUtf8('x') } });
    await expect(writeS9pk(hide, { seed: TEST_ONLY_SEED })).rejects.toMatchObject({
      code: 'S9PK_BAD_NAME',
    });
    expect(() => buildWriteTree({ 'a/../b': new Uint8Array(1) })).toThrow(/reserved name/);
  });

  it('streams large ByteSource members in bounded chunks', async () => {
    const big = patternByteSource(5 * (1 << 20) + 3, 9);
    const tree = fixtureTree({ extraFiles: { 'images/x86_64/big.squashfs': big } });
    const plan = await planWrite(tree, { seed: TEST_ONLY_SEED, chunkSize: 1 << 20 });
    let max = 0;
    const parts: Uint8Array[] = [];
    for await (const c of emitS9pk(plan, { chunkSize: 1 << 20, verify: true })) {
      max = Math.max(max, c.length);
      parts.push(c);
    }
    expect(max).toBeLessThanOrEqual(1 << 20);
    const bytes = new Uint8Array(plan.size);
    let o = 0;
    for (const p of parts) {
      bytes.set(p, o);
      o += p.length;
    }
    const s = await openS9pk(memoryByteSource(bytes));
    const progress: number[] = [];
    const v = await verifyAll(s, { chunkSize: 1 << 20, onProgress: (d) => progress.push(d) });
    expect(v.bytes).toBe(s.files().reduce((n, f) => n + f.size, 0));
    expect(progress.at(-1)).toBe(v.bytes);
  });

  it('filtered copies keep the commitment and report missing entries (§4.5)', async () => {
    const tree = fixtureTree({
      arches: ['x86_64', 'aarch64'],
      hardwareArch: ['aarch64', 'x86_64'],
    });
    const hashed = await hashTree(tree);
    const full = planS9pk(hashed, { seed: TEST_ONLY_SEED });
    const filtered = planS9pk(
      filterHashedTree(hashed, (p) => !p.startsWith('images/aarch64')),
      { seed: TEST_ONLY_SEED },
    );
    expect(filtered.commitment).toEqual(full.commitment);
    const chunks: Uint8Array[] = [];
    for await (const c of emitS9pk(filtered)) chunks.push(c);
    const s = await openS9pk(memoryByteSource(new Uint8Array(chunks.flatMap((c) => [...c]))));
    expect(s.missing()).toEqual(['images/aarch64']);
    await expect(s.readFile('images/aarch64/main.env')).rejects.toMatchObject({
      code: 'S9PK_MISSING_ENTRY',
    });
    const v = await verifyAll(s);
    expect(v).toMatchObject({ complete: false, missing: ['images/aarch64'] });
  });

  it('verifyAll: detects a flipped body byte, and aborts', async () => {
    const bytes = await buildFixtureS9pk();
    const s = await openS9pk(memoryByteSource(bytes));
    const js = s.entry('javascript.squashfs');
    if (js?.kind !== 'file') throw new Error('fixture');
    const bad = bytes.slice();
    bad[js.position + 5]! ^= 0x40;
    const t = await openS9pk(memoryByteSource(bad));
    await expect(verifyAll(t)).rejects.toMatchObject({
      code: 'S9PK_HASH_MISMATCH',
      detail: { path: 'javascript.squashfs' },
    });
    const ac = new AbortController();
    ac.abort();
    const e = await verifyAll(s, { signal: ac.signal }).catch((x: unknown) => x);
    expect(isCoreError(e, 'ABORTED')).toBe(true);
  });
});
