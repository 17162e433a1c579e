// Issue 11 item 9: `package.add` cannot be turned into a memory bomb. The archive is served
// from memory through the stand-in's own open path, with a counter on the bytes read.
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../core/s9pk/byte-source.ts';
import { MAX_DEPENDENCIES } from '../../core/s9pk/json-limits.ts';
import { writeS9pk } from '../../core/s9pk/writer.ts';
import { TEST_ONLY_SEED, buildFixtureS9pk, fixtureTree, type FixtureDependency } from '../../core/testing/fixtures.ts';
import { aliasMembers } from '../../core/testing/alias-members.ts';
import { MAX_ICON_BYTES } from '../archive-limits.ts';
import { commitmentOf, publish } from '../testing/publish-harness.ts';
import { budgetSource, type BudgetedSource } from '../read-budget.ts';
import { openFetchedArchive, type S9pkFetcher } from '../s9pk-fetch.ts';
import { createHarness, newKey } from '../testing/test-harness.ts';

/** Serves `bytes` at any URL and remembers every source it opened. */
function memoryFetcher(bytes: Uint8Array): S9pkFetcher & { sources: BudgetedSource[] } {
  const sources: BudgetedSource[] = [];
  return {
    sources,
    async open(url, commitment) {
      const counted = budgetSource(memoryByteSource(bytes), Infinity);
      sources.push(counted);
      return { archive: await openFetchedArchive(counted, url, commitment), close: () => undefined };
    },
  };
}

const bytesRead = (f: { sources: BudgetedSource[] }) => f.sources.reduce((n, s) => n + s.bytesRead, 0);
const URL = 'http://files.test/bomb.s9pk';
const deps = (n: number): FixtureDependency[] =>
  Array.from({ length: n }, (_, i) => ({ id: `dep-${i}`, title: null, iconColor: null }));
const icons = (n: number, body: Uint8Array) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`dependencies/dep-${i}/icon.png`, body]));

describe('package.add memory bounds (issue 11 item 9)', () => {
  it('48 dependency icons aliased onto one body: refused as overlapping (18), each byte read at most once', async () => {
    const body = new Uint8Array(256 << 10).fill(7);
    const honest = await buildFixtureS9pk({ id: 'bomb', dependencies: deps(48), extraFiles: icons(48, body) });
    const paths = Array.from({ length: 47 }, (_, i) => `dependencies/dep-${i + 1}/icon.png`);
    const hostile = await aliasMembers(honest, 'dependencies/dep-0/icon.png', paths);
    const fetcher = memoryFetcher(hostile);
    const h = await createHarness({ fetcher });
    const admin = await publish(h, h.admin, [URL], commitmentOf(hostile));
    expect(admin.error?.code).toBe(18);
    expect(JSON.stringify(admin.error?.data)).toContain('overlaps');
    expect(bytesRead(fetcher)).toBeLessThan(body.length);
  });

  it('a signer with no scope is refused from the manifest, before any icon is read', async () => {
    const body = new Uint8Array(512 << 10).fill(3);
    const bytes = await buildFixtureS9pk({ id: 'scopeless', dependencies: deps(3), extraFiles: icons(3, body) });
    const fetcher = memoryFetcher(bytes);
    const h = await createHarness({ fetcher });
    const stranger = newKey();
    await h.addSigner('Stranger', stranger);
    const r = await publish(h, stranger, [URL], commitmentOf(bytes));
    expect(r.error?.code).toBe(6);
    expect(bytesRead(fetcher)).toBeLessThan(body.length);
  });

  it(`more than ${MAX_DEPENDENCIES} dependencies or an icon over ${MAX_ICON_BYTES} bytes: 18, the icons unread`, async () => {
    // the writer refuses such a manifest itself, so its check is off to sign this one
    const tree = fixtureTree({ id: 'many', dependencies: deps(MAX_DEPENDENCIES + 1) });
    const many = await writeS9pk(tree, { seed: TEST_ONLY_SEED, layout: 'pack', checkMembers: false });
    const h = await createHarness({ fetcher: memoryFetcher(many) });
    const r = await publish(h, h.admin, [URL], commitmentOf(many));
    expect(r.error?.code).toBe(18);
    expect(JSON.stringify(r.error?.data)).toContain(`at most ${MAX_DEPENDENCIES}`);

    const big = new Uint8Array(MAX_ICON_BYTES + 1);
    const fat = await buildFixtureS9pk({ id: 'fat', dependencies: deps(1), extraFiles: icons(1, big) });
    const fetcher = memoryFetcher(fat);
    const h2 = await createHarness({ fetcher });
    const r2 = await publish(h2, h2.admin, [URL], commitmentOf(fat));
    expect(r2.error?.code).toBe(18);
    expect(JSON.stringify(r2.error?.data)).toContain('dependencies/dep-0/icon.png');
    expect(bytesRead(fetcher)).toBeLessThan(big.length);
  });

  it('an honest archive still publishes, reading no more than its size', async () => {
    const bytes = await buildFixtureS9pk({ id: 'honest', dependencies: [{ id: 'bitcoind', title: 'Bitcoin Core' }] });
    const fetcher = memoryFetcher(bytes);
    const h = await createHarness({ fetcher });
    expect((await publish(h, h.admin, [URL], commitmentOf(bytes))).result).toBeNull();
    expect(bytesRead(fetcher)).toBeLessThanOrEqual(bytes.length);
  });
});

describe('budgetSource', () => {
  it('refuses reads beyond the file size in total', async () => {
    const s = budgetSource(memoryByteSource(new Uint8Array(10)));
    await s.read(0, 10);
    await expect(s.read(0, 1)).rejects.toThrow(/read budget exceeded/);
    expect(s.bytesRead).toBe(10);
  });
});
