/**
 * @module
 * Loads blake3-wasm in a browser worker and picks the hasher
 * (../shared/notes/hashing-in-the-browser.md): blake3-wasm when WebAssembly is available, the
 * module loads and it passes a self-test against @noble/hashes; otherwise `nobleBlake3`.
 * The .wasm file is imported as a Vite asset URL and handed to the Emscripten factory through
 * `locateFile`, so it works in `vite dev` (pre-bundled deps) and in `vite build` alike, without
 * any vite.config entry; the package's own `load()` relies on `new URL(…, import.meta.url)`
 * next to its own file, which pre-bundling breaks.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for two package files
/// <reference path="./blake3-wasm-modules.d.ts" />
import { nobleBlake3, type HasherFactory } from '../core/s9pk/hasher.ts';
import type { HandlerHasher } from './handler.ts';
import { blake3WasmFactory, selfTestHasher } from './blake3-wasm-hasher.ts';
import wasmUrl from 'blake3-wasm/esm/wasm/blake3.wasm?url';

/** The chosen BLAKE3 implementation. */
export interface SelectedHasher extends HandlerHasher {
  /** Why blake3-wasm was not used (null when it is). */
  fallbackReason: string | null;
}

async function loadWasm(): Promise<HasherFactory> {
  const [{ default: createModule }, api] = await Promise.all([
    import('blake3-wasm/esm/wasm/blake3.mjs'),
    import('blake3-wasm/esm/browser/index.js'),
  ]);
  const module = await createModule({
    locateFile: () => new URL(wasmUrl, self.location.href).href,
    // Emscripten logs compile failures itself; the fallback reason carries them instead.
    printErr: () => undefined,
  });
  api.setWasm(module);
  return blake3WasmFactory(api);
}

let selected: Promise<SelectedHasher> | null = null;

/**
 * The hasher this realm should use; loads once and never rejects.
 * `prefer: 'noble'` forces the pure-JS fallback (benchmarks, tests).
 */
export function selectHasher(prefer: 'auto' | 'noble' = 'auto'): Promise<SelectedHasher> {
  if (prefer === 'noble') {
    return Promise.resolve({ name: 'noble', factory: nobleBlake3, fallbackReason: 'forced' });
  }
  selected ??= (async (): Promise<SelectedHasher> => {
    if (typeof WebAssembly !== 'object') {
      return { name: 'noble', factory: nobleBlake3, fallbackReason: 'no WebAssembly' };
    }
    try {
      const factory = await loadWasm();
      if (!selfTestHasher(factory)) {
        return {
          name: 'noble',
          factory: nobleBlake3,
          fallbackReason: 'blake3-wasm self-test failed',
        };
      }
      return { name: 'blake3-wasm', factory, fallbackReason: null };
    } catch (e) {
      const reason = `blake3-wasm did not load: ${e instanceof Error ? e.message : String(e)}`;
      return { name: 'noble', factory: nobleBlake3, fallbackReason: reason };
    }
  })();
  return selected;
}
