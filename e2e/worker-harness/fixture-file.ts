/**
 * @module
 * Writes generated s9pk archives to disk for browser tests and benchmarks, streaming
 * (core `planWrite` + `emitS9pk`, spec/s9pk-format.md §4): a 1 GiB archive never sits in
 * memory. Hashing uses blake3-wasm (Node CommonJS build) through the same ≤ 1 MiB-update
 * wrapper as the worker, so writing is not limited by pure-JS BLAKE3.
 */
import { createRequire } from 'node:module';
import { open } from 'node:fs/promises';
import { fixtureTree, TEST_ONLY_SEED, type FixtureOptions } from '../../src/core/testing/fixtures.ts';
import { emitS9pk, planWrite } from '../../src/core/s9pk/writer.ts';
import type { HasherFactory } from '../../src/core/s9pk/hasher.ts';
import { blake3WasmFactory, type Blake3WasmApi } from '../../src/worker/blake3-wasm-hasher.ts';

const require = createRequire(import.meta.url);

let wasm: Promise<HasherFactory> | null = null;

/** blake3-wasm for Node (CommonJS build), wrapped like the worker's hasher. */
export function nodeWasmHasher(): Promise<HasherFactory> {
  wasm ??= (async () => {
    const lib = require('blake3-wasm') as Blake3WasmApi & { load(): Promise<void> };
    await lib.load();
    return blake3WasmFactory(lib);
  })();
  return wasm;
}

/** Where one member ended up in the written file. */
export interface WrittenMember {
  path: string;
  offset: number;
  size: number;
}

/** Writes the fixture package to `path`; returns its size and member offsets. */
export async function writeFixtureFile(
  path: string,
  options: FixtureOptions,
): Promise<{ size: number; members: WrittenMember[] }> {
  const hasher = await nodeWasmHasher();
  const plan = await planWrite(fixtureTree(options), { seed: TEST_ONLY_SEED, hasher });
  const handle = await open(path, 'w');
  try {
    for await (const chunk of emitS9pk(plan)) await handle.write(chunk);
  } finally {
    await handle.close();
  }
  const members: WrittenMember[] = [];
  for (const s of plan.sections) {
    if (s.kind === 'file') members.push({ path: s.path, offset: s.offset, size: s.size });
  }
  return { size: plan.size, members };
}

/** Flips one bit of the file at `offset` (a tampered copy). */
export async function flipBit(path: string, offset: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const b = new Uint8Array(1);
    await handle.read(b, 0, 1, offset);
    b[0] = b[0]! ^ 0x01;
    await handle.write(b, 0, 1, offset);
  } finally {
    await handle.close();
  }
}
