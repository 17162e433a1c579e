/**
 * @module
 * The browse search worker: holds the search index of one registry's packages off the main
 * thread (created by `api/search-client.ts`).
 */
import { createSearchHandler, type SearchRequest } from './search-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const handle = createSearchHandler((res) => self.postMessage(res));
self.onmessage = (ev: MessageEvent<SearchRequest>) => handle(ev.data);
