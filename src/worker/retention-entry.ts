/**
 * @module
 * The retention worker (retention-protocol.ts): plans chunks of an index off the main thread.
 * Created by retention-client.ts as
 * `new Worker(new URL('./retention-entry.ts', import.meta.url), { type: 'module' })`.
 */
import { retentionRequest, type RetentionRequest } from './retention-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<RetentionRequest>) => self.postMessage(retentionRequest(ev.data));
