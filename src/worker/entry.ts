/**
 * @module
 * The s9pk module worker (../shared/style.md §2.5, ../shared/design.md §2). Created by
 * client.ts as `new Worker(new URL('./entry.ts', import.meta.url), { type: 'module' })`;
 * the request switch lives in handler.ts so the main-thread fallback runs the same code.
 */
import { createRequestHandler } from './handler.ts';
import { selectHasher } from './load-blake3-wasm.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { warmUp } from './warm-up.ts';

declare const self: DedicatedWorkerGlobalScope;

// Compile the WASM at once, so the first file does not wait for it.
const handle = createRequestHandler((res: WorkerResponse) => self.postMessage(res), selectHasher());

self.onmessage = (ev: MessageEvent<WorkerRequest>) => handle(ev.data);
// Then pay the first-signature-check cost before any file arrives (see warm-up.ts).
setTimeout(warmUp, 0);
