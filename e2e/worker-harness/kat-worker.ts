/**
 * @module
 * The blake3-wasm known-answer test in a browser worker (notes/hashing-in-the-browser.md):
 * loads the hasher exactly as src/worker/entry.ts does and compares it with @noble/hashes
 * one-shot for sizes around 1 KiB and 1 MiB and a size > 1 MiB that is not a multiple of 1 KiB.
 */
import { blake3 } from '@noble/hashes/blake3.js';
import { patternBytes } from '../../src/core/testing/pattern-source.ts';
import { selectHasher } from '../../src/worker/load-blake3-wasm.ts';

const MiB = 1 << 20;
const SIZES = [0, 1, 1023, 1024, MiB - 1, MiB, MiB + 1, 3 * MiB + 777];
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

declare const self: { postMessage(m: unknown): void };

const selected = await selectHasher();
const results = SIZES.map((n) => {
  const data = patternBytes(0, n, 11);
  const h = selected.factory.createHasher();
  h.update(data); // whole input at once: the hasher must split it for blake3-wasm
  const got = hex(h.digest());
  const want = hex(blake3(data));
  return { size: n, ok: got === want, got, want };
});
self.postMessage({ hasher: selected.name, fallbackReason: selected.fallbackReason, results });
