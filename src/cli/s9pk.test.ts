// The s9pk CLI, spawned as a user would run it (npx tsx src/cli/s9pk.ts …) on temp files.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { encodePrivateKeyPem } from '../core/sign/keys.ts';
import { TEST_ONLY_SEED, fixtureFiles, type FixtureOptions } from '../core/testing/fixtures.ts';
import { buildWriteTree } from '../core/s9pk/write-tree.ts';
import { writeS9pk } from '../core/s9pk/writer.ts';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, 's9pk.ts');
const TSX = join(import.meta.dirname, '../../node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

let dir = '';
const opts: FixtureOptions = {
  dependencies: [{ id: 'tor', optional: true }],
  arches: ['x86_64', 'aarch64'],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's9pk-cli-'));
  for (const [path, data] of fixtureFiles(opts)) {
    const p = join(dir, 'pkg', path);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, data as Uint8Array);
  }
  await writeFile(join(dir, 'key.pem'), encodePrivateKeyPem(TEST_ONLY_SEED));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('s9pk CLI', () => {
  it('pack → byte-identical to the core writer; inspect and verify --json', async () => {
    const out = join(dir, 'a.s9pk');
    const p = await cli(
      'pack',
      join(dir, 'pkg'),
      '--key',
      join(dir, 'key.pem'),
      '-o',
      out,
      '--layout',
      'priority',
    );
    expect(p.code, p.stderr).toBe(0);
    const expected = await writeS9pk(buildWriteTree(fixtureFiles(opts)), {
      seed: TEST_ONLY_SEED,
      layout: 'priority',
    });
    expect(new Uint8Array(await readFile(out))).toEqual(expected);

    const [inspect, verify, h] = await Promise.all([
      cli('inspect', out, '--json'),
      cli('verify', out, '--json'),
      cli('verify', out),
    ]);
    for (const r of [inspect, verify]) {
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(Object.keys(j)).toEqual([
        'ok',
        'code',
        'message',
        'commitment',
        'signer',
        'manifest',
        'files',
      ]);
      expect(j).toMatchObject({
        ok: true,
        code: null,
        message: null,
        manifest: { id: 'hello-world' },
      });
      expect(j.signer).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      expect(j.files).toContainEqual({ path: 'images/aarch64/main.env', size: expect.any(Number) });
    }
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^VALID/);
  }, 60_000);

  it('verify exits 1 on a tampered body that inspect does not read', async () => {
    const good = new Uint8Array(await readFile(join(dir, 'a.s9pk')));
    const bad = good.slice();
    bad[bad.length - 10]! ^= 1; // inside the last image body
    await writeFile(join(dir, 'bad.s9pk'), bad);
    const [i, v] = await Promise.all([
      cli('inspect', join(dir, 'bad.s9pk'), '--json'),
      cli('verify', join(dir, 'bad.s9pk'), '--json'),
    ]);
    expect(i.code).toBe(0);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: false, code: 'S9PK_HASH_MISMATCH' });
  }, 60_000);

  it('reports non-s9pk input and usage errors', async () => {
    await writeFile(join(dir, 'x.zip'), Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0));
    const [z, nope, unknown, noKey] = await Promise.all([
      cli('verify', join(dir, 'x.zip'), '--json'),
      cli('inspect', join(dir, 'nope.s9pk'), '--json'),
      cli('frobnicate'),
      cli('pack', join(dir, 'pkg')),
    ]);
    expect(z.code).toBe(1);
    expect(JSON.parse(z.stdout)).toMatchObject({
      ok: false,
      code: 'S9PK_ZIP',
      commitment: null,
      files: [],
    });
    expect(JSON.parse(nope.stdout).ok).toBe(false);
    expect(unknown.code).toBe(2);
    expect(noKey.code).toBe(2);
  }, 60_000);
});
