// Types for the two blake3-wasm 3.0.0 files the worker imports by path (the package ships no
// declarations for its Emscripten factory). See load-blake3-wasm.ts.
/// <reference types="vite/client" />
declare module 'blake3-wasm/esm/wasm/blake3.mjs' {
  import type { WasmModule } from '@c4312/blake3-internal';
  /** Emscripten MODULARIZE factory; `locateFile` points it at the .wasm asset. */
  const createModule: (overrides?: {
    locateFile?: (path: string, scriptDirectory: string) => string;
    wasmBinary?: Uint8Array;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }) => Promise<WasmModule>;
  export default createModule;
}
