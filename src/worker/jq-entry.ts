/**
 * @module
 * The jq worker (jq-protocol.ts), loaded by jq-client.ts on the first dry run only. jq-web's
 * Emscripten loader starts by itself and fetches `jq.wasm` beside the script that runs it, with
 * no way to pass `locateFile`; so before the engine is imported, this worker's `fetch` sends a
 * request for a `jq.wasm` to the file Vite emitted as an asset (hashed name, dev and build
 * alike). Compiling it needs 'wasm-unsafe-eval' in `script-src` (src/cli/build/csp.ts).
 */
import wasmUrl from 'jq-web/jq.wasm?url';
import { jqRequest, type JqRequest } from './jq-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const ownFetch = self.fetch.bind(self);
self.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return ownFetch(/\/jq\.wasm$/.test(new URL(url, self.location.href).pathname) ? new URL(wasmUrl, self.location.href).href : input, init);
};

self.onmessage = (ev: MessageEvent<JqRequest>) => {
  void jqRequest(ev.data).then((res) => self.postMessage(res));
};
