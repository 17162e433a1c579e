/**
 * @module
 * Main-thread side of the browse search: one module worker per package list, indexed once
 * (only id, title and description cross over), answering each query with ranked matches.
 * Where `Worker` is missing (unit tests) the same handler runs in-process, imported on demand.
 */
import type { Match, SearchDoc } from '../lib/search.ts';
import type { SearchRequest, SearchResponse } from '../lib/search-protocol.ts';

export interface SearchClient {
  search(q: string): Promise<Match[]>;
  dispose(): void;
}

interface Endpoint {
  post(req: SearchRequest): void;
  close(): void;
}

function workerEndpoint(receive: (res: SearchResponse) => void): Endpoint {
  const worker = new Worker(new URL('../lib/search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'browse-search',
  });
  worker.onmessage = (ev: MessageEvent<SearchResponse>) => receive(ev.data);
  return { post: (req) => worker.postMessage(req), close: () => worker.terminate() };
}

function inProcessEndpoint(receive: (res: SearchResponse) => void): Endpoint {
  // Imported here, not at the top: the page's bundle then carries no search index code
  // (MiniSearch), which the browser runs in the worker. Requests keep their order.
  const handler = import('../lib/search-protocol.ts').then((m) => m.createSearchHandler(receive));
  let closed = false;
  return {
    // Asynchronous like a worker, so callers see the same timing shape.
    post: (req) => void handler.then((handle) => closed || handle(req)),
    close: () => {
      closed = true;
    },
  };
}

/** A search over `docs`; the index is built at once, in the worker. */
export function createSearchClient(docs: readonly SearchDoc[]): SearchClient {
  const waiting = new Map<number, (matches: Match[]) => void>();
  const receive = (res: SearchResponse) => {
    waiting.get(res.seq)?.(res.matches);
    waiting.delete(res.seq);
  };
  const endpoint =
    typeof Worker === 'undefined' ? inProcessEndpoint(receive) : workerEndpoint(receive);
  endpoint.post({
    type: 'index',
    docs: docs.map(({ id, title, description }) => ({ id, title, description })),
  });
  let seq = 0;
  return {
    search: (q) =>
      new Promise((resolve) => {
        seq += 1;
        waiting.set(seq, resolve);
        endpoint.post({ type: 'search', seq, q });
      }),
    dispose: () => {
      waiting.clear();
      endpoint.close();
    },
  };
}
