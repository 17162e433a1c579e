/**
 * @module
 * Mutation campaign (style.md §2.7 properties; spec/s9pk-format.md §3.4): flip, truncate,
 * extend, splice or overwrite any byte range of valid archives; opening and fully verifying
 * the result must give a typed S9PK CoreError, or succeed with exactly the original signed
 * content — never an untyped throw, a hang, or accepted tampering. Used by the unit test
 * (bounded runs) and by src/cli/fuzz-s9pk.ts (long runs).
 */
import fc from 'fast-check';
import { equalBytes } from '../bytes/bytes.ts';
import { encodeUtf8 } from '../bytes/utf8.ts';
import { CoreError } from '../errors.ts';
import { memoryByteSource } from '../s9pk/byte-source.ts';
import { craftArchive } from './craft.ts';
import { TEST_ONLY_SEED, buildFixtureS9pk, fixtureManifest, fixtureTree } from './fixtures.ts';
import { filterHashedTree, hashTree } from '../s9pk/hash-tree.ts';
import { planS9pk } from '../s9pk/layout.ts';
import { openS9pk } from '../s9pk/open.ts';
import { verifyAll } from '../s9pk/verify-all.ts';
import { emitS9pk } from '../s9pk/writer.ts';

export type Mutation =
  | { op: 'flip'; at: number; mask: number }
  | { op: 'truncate'; length: number }
  | { op: 'extend'; bytes: Uint8Array }
  | { op: 'splice'; at: number; remove: number; insert: Uint8Array }
  | { op: 'overwrite'; at: number; bytes: Uint8Array };

/** Applies a mutation (offsets are taken modulo the archive length). */
export function applyMutation(b: Uint8Array, m: Mutation): Uint8Array {
  const at = (n: number) => (b.length === 0 ? 0 : n % b.length);
  switch (m.op) {
    case 'flip': {
      const c = b.slice();
      c[at(m.at)]! ^= m.mask;
      return c;
    }
    case 'truncate':
      return b.slice(0, at(m.length));
    case 'extend':
      return new Uint8Array([...b, ...m.bytes]);
    case 'splice': {
      const i = at(m.at);
      return new Uint8Array([
        ...b.subarray(0, i),
        ...m.insert,
        ...b.subarray(Math.min(b.length, i + m.remove)),
      ]);
    }
    case 'overwrite': {
      const c = b.slice();
      c.set(m.bytes.subarray(0, Math.max(0, c.length - at(m.at))), at(m.at));
      return c;
    }
  }
}

/** Offsets biased toward the header and tables, where the structure lives. */
const offset = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.nat());
const bytes = (max: number) => fc.uint8Array({ minLength: 1, maxLength: max });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('flip' as const),
    at: offset,
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), length: offset }),
  fc.record({ op: fc.constant('extend' as const), bytes: bytes(64) }),
  fc.record({
    op: fc.constant('splice' as const),
    at: offset,
    remove: fc.integer({ min: 0, max: 64 }),
    insert: fc.uint8Array({ maxLength: 32 }),
  }),
  fc.record({ op: fc.constant('overwrite' as const), at: offset, bytes: bytes(16) }),
);

/** Small valid archives of different shapes: pack, priority with dependencies, filtered, crafted. */
export async function campaignArchives(): Promise<Uint8Array[]> {
  const small = { imageSize: 48, assets: false };
  const filteredPlan = planS9pk(
    filterHashedTree(
      await hashTree(fixtureTree({ ...small, arches: ['x86_64', 'aarch64'] })),
      (p) => !p.startsWith('images/aarch64'),
    ),
    { seed: TEST_ONLY_SEED },
  );
  const parts: Uint8Array[] = [];
  for await (const c of emitS9pk(filteredPlan)) parts.push(c);
  return [
    await buildFixtureS9pk(small),
    await buildFixtureS9pk({ ...small, layout: 'priority', dependencies: [{ id: 'tor' }] }),
    new Uint8Array(parts.flatMap((p) => [...p])),
    craftArchive([{ name: 'manifest.json', data: encodeUtf8(JSON.stringify(fixtureManifest())) }], {
      seed: TEST_ONLY_SEED,
    }),
  ];
}

interface Content {
  commitment: string;
  files: Map<string, Uint8Array>;
  missing: string[];
}

/** Opens + fully verifies; returns the signed content, or the CoreError. Throws only on contract breaches. */
export async function outcome(b: Uint8Array, timeoutMs = 10_000): Promise<Content | CoreError> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`hang: no verdict within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const work = (async () => {
    try {
      const s = await openS9pk(memoryByteSource(b));
      const v = await verifyAll(s);
      const files = new Map<string, Uint8Array>();
      for (const f of s.files()) files.set(f.path, await s.readFile(f.path));
      return { commitment: JSON.stringify(s.commitment), files, missing: v.missing };
    } catch (e) {
      if (e instanceof CoreError && (e.code.startsWith('S9PK_') || e.code === 'ABORTED')) return e;
      throw new Error(`untyped or foreign error: ${e instanceof CoreError ? e.code : String(e)}`, {
        cause: e,
      });
    }
  })();
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

function sameContent(a: Content, b: Content): boolean {
  if (a.commitment !== b.commitment || a.files.size !== b.files.size) return false;
  if (a.missing.join('\n') !== b.missing.join('\n')) return false;
  for (const [p, x] of a.files) {
    const y = b.files.get(p);
    if (!y || !equalBytes(x, y)) return false;
  }
  return true;
}

/** The property over `archives`: every mutation gives a typed error or the original content. */
export async function mutationProperty(archives: Uint8Array[]) {
  const originals: Content[] = [];
  for (const a of archives) {
    const o = await outcome(a);
    if (o instanceof CoreError) throw new Error(`campaign archive is invalid: ${o.code}`);
    originals.push(o);
  }
  return fc.asyncProperty(fc.nat({ max: archives.length - 1 }), mutationArbitrary, async (i, m) => {
    const mutated = applyMutation(archives[i]!, m);
    const o = await outcome(mutated);
    if (o instanceof CoreError) return;
    if (!sameContent(o, originals[i]!)) throw new Error(`tampering accepted: ${m.op}`);
  });
}

/** Runs the campaign; rejects with fast-check's counterexample report on failure. */
export async function runMutationCampaign(options: { runs: number; seed?: number }): Promise<void> {
  const property = await mutationProperty(await campaignArchives());
  await fc.assert(property, { numRuns: options.runs, seed: options.seed, endOnFailure: false });
}
