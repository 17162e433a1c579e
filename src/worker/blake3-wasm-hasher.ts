/**
 * @module
 * A HasherFactory over blake3-wasm 3.0.0 (reference C BLAKE3 in WASM SIMD128), the only
 * near-native BLAKE3 for the browser (../shared/notes/hashing-in-the-browser.md). Its
 * `update()` is wrong above 1 MiB and its one-shot `hash()` aborts from 16 MiB, so every
 * update here is cut to at most MAX_HASHER_UPDATE bytes and one-shot is never used.
 * Loading the WASM is in load-blake3-wasm.ts; this file has no bundler-specific imports.
 */
import { MAX_HASHER_UPDATE, nobleBlake3, type HasherFactory } from '../core/s9pk/hasher.ts';
import { equalBytes } from '../core/bytes/bytes.ts';

/** One blake3-wasm hash state (browser `BrowserHasher` and Node `NodeHash` both fit). */
export interface Blake3WasmState {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  dispose(): void;
}

/** The part of a loaded blake3-wasm module this file uses. */
export interface Blake3WasmApi {
  createHash(): Blake3WasmState;
}

/**
 * Wraps a loaded blake3-wasm module as a HasherFactory. Updates are split to ≤ 1 MiB (the
 * library defect); `digest()` copies the result out and frees the WASM state.
 */
export function blake3WasmFactory(api: Blake3WasmApi): HasherFactory {
  return {
    createHasher() {
      const state = api.createHash();
      return {
        update(chunk) {
          // IMPORTANT: never hand blake3-wasm 3.0.0 more than 1 MiB at once (see module comment).
          for (let o = 0; o < chunk.length; o += MAX_HASHER_UPDATE) {
            state.update(chunk.subarray(o, Math.min(chunk.length, o + MAX_HASHER_UPDATE)));
          }
        },
        digest() {
          const out = Uint8Array.from(state.digest());
          state.dispose();
          return out;
        },
      };
    },
  };
}

/** Sizes for the load-time self-test: empty, odd, past one 1 KiB chunk, 8 chunks (SIMD path). */
const SELF_TEST_SIZES = [0, 1, 1025, (8 << 10) + 3];

/**
 * Compares `factory` with @noble/hashes on a few small inputs (~1 ms), so a broken WASM build
 * can never verify silently (the > 1 MiB defect is covered by the known-answer tests).
 * Returns false on any difference or throw.
 */
export function selfTestHasher(factory: HasherFactory): boolean {
  try {
    const max = SELF_TEST_SIZES[SELF_TEST_SIZES.length - 1]!;
    const data = new Uint8Array(max);
    for (let i = 0; i < max; i++) data[i] = (i * 251 + (i >>> 8)) & 0xff;
    return SELF_TEST_SIZES.every((n) => {
      const input = data.subarray(0, n);
      const a = factory.createHasher();
      a.update(input);
      const b = nobleBlake3.createHasher();
      b.update(input);
      return equalBytes(a.digest(), b.digest());
    });
  } catch {
    return false;
  }
}
